import { reviewOutcomeComments } from '#db/schema/review-outcomes';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { canCommentOutcome } from '../cycles/cycle-policy';
import { loadCycleOutcome, outcomeEntityType } from './outcome-records.server';
import { parseOutcomeComment } from './outcome-schema';

/** A partner's comment on the latest saved version of the outcome document (partners only, never public). */
export async function addOutcomeComment(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  const { body } = parseOutcomeComment(options.input);
  return db.transaction(async (tx) => {
    const { outcome } = await loadCycleOutcome(tx, {
      subject,
      cycleId: options.cycleId,
      allowed: canCommentOutcome,
    });
    if (!outcome || outcome.latestVersion === 0) throw new AppError('outcomeNothingToComment', 409);
    const [comment] = await tx
      .insert(reviewOutcomeComments)
      .values({ outcomeId: outcome.id, versionNumber: outcome.latestVersion, authorId: subject.userId, body })
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
