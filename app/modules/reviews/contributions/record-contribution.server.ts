import { reviewContributions } from '#db/schema/review-contributions';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { storeUpload } from '~/modules/files/store-upload.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { forbidden } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import type { UploadedFile } from '~/platform/uploads/parse-upload.server';
import { loadSynthesisCycle } from '../synthesis/load-synthesis-input.server';
import { syncContributionContent } from './contribution-content.server';
import { contributionColumns, parseContribution, requireTextOrFile } from './contribution-input';
import { canRecordContribution } from './contribution-policy';
import { type ContributionRow, contributionEntityType } from './contribution-records.server';

/**
 * The cycle's secretariat records a contribution that came in (who, kind, the day it was
 * received, its text and/or a file, the objectives it speaks to). Text or file: one of them at
 * least. The file (already checked by the upload kit) is kept in the same transaction. Audited.
 */
export async function recordContribution(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  input: unknown;
  upload?: UploadedFile | null;
  now?: Date;
  requestId?: string;
}): Promise<ContributionRow> {
  const { db = getDb(), subject, upload, now = new Date() } = options;
  try {
    const input = parseContribution(options.input, now);
    requireTextOrFile(input, Boolean(upload));
    return await db.transaction(async (tx) => {
      const cycle = await loadSynthesisCycle(tx, options.cycleId);
      if (!canRecordContribution(subject, cycle)) throw forbidden();
      const [row] = await tx
        .insert(reviewContributions)
        .values({
          cycleId: cycle.id,
          ...contributionColumns(input),
          createdBy: subject.userId,
          isSample: cycle.isSample,
        })
        .returning();
      if (upload) {
        await storeUpload({
          db: tx,
          upload,
          uploadedBy: subject.userId,
          attachTo: { entityType: contributionEntityType, entityId: row!.id },
          requestId: options.requestId,
        });
      }
      await syncContributionContent(tx, [row!.id]);
      await recordAudit(tx, {
        actorId: subject.userId,
        action: 'review_contribution.create',
        entityType: contributionEntityType,
        entityId: row!.id,
        after: row,
        requestId: options.requestId,
      });
      return row!;
    });
  } catch (error) {
    await upload?.discard();
    throw error;
  }
}
