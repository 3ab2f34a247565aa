import { reviewOutcomeComments } from '#db/schema/review-outcomes';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { checkParagraphOf } from '~/modules/documents/document-versions.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { canCommentOutcome } from '../cycles/cycle-policy';
import { loadCycleOutcome, loadOutcomeVersion, outcomeEntityType } from './outcome-records.server';
import { parseOutcomeComment } from './outcome-schema';

/**
 * A partner's comment on the latest saved version of the outcome document, on the whole of it or
 * on one of its paragraphs (partners only, never public).
 */
export async function addOutcomeComment(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  const { body, paragraph } = parseOutcomeComment(options.input);
  return db.transaction(async (tx) => {
    const { outcome } = await loadCycleOutcome(tx, {
      subject,
      cycleId: options.cycleId,
      allowed: canCommentOutcome,
    });
    if (!outcome || outcome.latestVersion === 0) throw new AppError('outcomeNothingToComment', 409);
    if (paragraph) {
      checkParagraphOf(await loadOutcomeVersion(tx, outcome.id, outcome.latestVersion), paragraph);
    }
    const [comment] = await tx
      .insert(reviewOutcomeComments)
      .values({
        outcomeId: outcome.id,
        versionNumber: outcome.latestVersion,
        paragraphId: paragraph,
        authorId: subject.userId,
        body,
      })
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review_outcome.comment',
      entityType: outcomeEntityType,
      entityId: outcome.id,
      after: comment!,
      requestId: options.requestId,
    });
    return comment!;
  });
}
