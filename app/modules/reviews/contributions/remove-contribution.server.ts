import { and, eq } from 'drizzle-orm';
import { attachments } from '#db/schema/files';
import { reviewContributions } from '#db/schema/review-contributions';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { forbidden, staleVersion } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { loadSynthesisCycle } from '../synthesis/load-synthesis-input.server';
import { syncContributionContent } from './contribution-content.server';
import { canRecordContribution } from './contribution-policy';
import { contributionEntityType, loadContribution } from './contribution-records.server';

/**
 * The secretariat removes a contribution recorded by mistake (as it was read: `expectedVersion`).
 * A published synthesis keeps its quotation (published versions never change); the next version
 * no longer has it. Its file is detached (the file row stays, as for every attachment). Audited.
 */
export async function removeContribution(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  contributionId: string;
  expectedVersion: number;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const cycle = await loadSynthesisCycle(tx, options.cycleId);
    if (!canRecordContribution(subject, cycle)) throw forbidden();
    const row = await loadContribution(tx, cycle.id, options.contributionId, { forUpdate: true });
    if (row.version !== options.expectedVersion) throw staleVersion(row);
    await tx
      .delete(attachments)
      .where(and(eq(attachments.entityType, contributionEntityType), eq(attachments.entityId, row.id)));
    await tx.delete(reviewContributions).where(eq(reviewContributions.id, row.id));
    await syncContributionContent(tx, [row.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review_contribution.delete',
      entityType: contributionEntityType,
      entityId: row.id,
      before: row,
      requestId: options.requestId,
    });
  });
}
