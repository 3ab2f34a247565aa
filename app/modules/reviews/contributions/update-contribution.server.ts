import { and, eq } from 'drizzle-orm';
import { attachments } from '#db/schema/files';
import { reviewContributions } from '#db/schema/review-contributions';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { storeUpload } from '~/modules/files/store-upload.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { forbidden } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import type { UploadedFile } from '~/platform/uploads/parse-upload.server';
import { updateVersioned } from '~/platform/versioning.server';
import { loadSynthesisCycle } from '../synthesis/load-synthesis-input.server';
import { syncContributionContent } from './contribution-content.server';
import { contributionColumns, parseContribution, requireTextOrFile } from './contribution-input';
import { canRecordContribution } from './contribution-policy';
import {
  type ContributionRow,
  contributionEntityType,
  loadContribution,
} from './contribution-records.server';

/**
 * The secretariat corrects a recorded contribution (as it was read: `expectedVersion`, else
 * staleVersion with the row as it is now): the same fields and rules as recording it. A new file,
 * when given, replaces the one attached (the old file row stays, detached, as for every
 * attachment); without one the file stays, and counts for "text or file". A published synthesis
 * keeps what it quoted; the next version quotes the correction. Audited with before and after.
 */
export async function updateContribution(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  contributionId: string;
  expectedVersion: number;
  input: unknown;
  upload?: UploadedFile | null;
  now?: Date;
  requestId?: string;
}): Promise<ContributionRow> {
  const { db = getDb(), subject, upload, now = new Date() } = options;
  try {
    const input = parseContribution(options.input, now);
    return await db.transaction(async (tx) => {
      const cycle = await loadSynthesisCycle(tx, options.cycleId);
      if (!canRecordContribution(subject, cycle)) throw forbidden();
      const current = await loadContribution(tx, cycle.id, options.contributionId);
      const attached = and(
        eq(attachments.entityType, contributionEntityType),
        eq(attachments.entityId, current.id),
      );
      const hasFile = upload
        ? true
        : (await tx.select({ id: attachments.fileId }).from(attachments).where(attached)).length > 0;
      requireTextOrFile(input, hasFile);
      const { before, after } = await updateVersioned({
        db: tx,
        table: reviewContributions,
        where: eq(reviewContributions.id, current.id),
        expectedVersion: options.expectedVersion,
        set: contributionColumns(input),
      });
      if (upload) {
        await tx.delete(attachments).where(attached);
        await storeUpload({
          db: tx,
          upload,
          uploadedBy: subject.userId,
          attachTo: { entityType: contributionEntityType, entityId: current.id },
          requestId: options.requestId,
        });
      }
      await syncContributionContent(tx, [current.id]);
      await recordAudit(tx, {
        actorId: subject.userId,
        action: 'review_contribution.update',
        entityType: contributionEntityType,
        entityId: current.id,
        before,
        after,
        requestId: options.requestId,
      });
      return after;
    });
  } catch (error) {
    await upload?.discard();
    throw error;
  }
}
