import { and, eq, isNull } from 'drizzle-orm';
import { reviewComments } from '#db/schema/reviews';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { reviewEntityType } from '../review-records.server';
import { loadForEditors } from './review-guards.server';

/** Marks a comment resolved (any editor of the review may); resolving it again changes nothing. Audited. */
export async function resolveComment(options: {
  db?: DbOrTx;
  subject: Subject;
  reviewId: string;
  commentId: string;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  if (!isUuid(options.commentId)) throw notFound();
  return db.transaction(async (tx) => {
    const loaded = await loadForEditors(tx, subject, options.reviewId);
    const [comment] = await tx
      .select()
      .from(reviewComments)
      .where(and(eq(reviewComments.id, options.commentId), eq(reviewComments.reviewId, loaded.review.id)))
      .for('update');
    if (!comment) throw notFound();
    if (comment.resolvedAt) return comment;
    const [after] = await tx
      .update(reviewComments)
      .set({ resolvedAt: new Date(), resolvedBy: subject.userId })
      .where(and(eq(reviewComments.id, comment.id), isNull(reviewComments.resolvedAt)))
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review.comment.resolve',
      entityType: reviewEntityType,
      entityId: loaded.review.id,
      after: { commentId: comment.id, sectionKey: comment.sectionKey },
      requestId: options.requestId,
    });
    return after!;
  });
}
