import { z } from 'zod';
import { reviewComments } from '#db/schema/reviews';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { reviewEntityType } from '../review-records.server';
import { commentBodySchema } from './review-forms';
import { loadForEditors } from './review-guards.server';
import { sectionDefinition } from './review-structure.server';

/**
 * An internal comment on one section, among the review's editors (focal points or organisation
 * members, and invited co-editors). Comments are never public and never shown to the secretariat,
 * who gives its own feedback when it returns a review. Allowed in every status, so the editors can
 * keep talking while the review is with the secretariat. The audit entry names the section, not the text.
 */
export async function addComment(options: {
  db?: DbOrTx;
  subject: Subject;
  reviewId: string;
  sectionKey: string;
  body: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  const { comment: body } = parseInput(z.object({ comment: commentBodySchema }), { comment: options.body });
  return db.transaction(async (tx) => {
    const loaded = await loadForEditors(tx, subject, options.reviewId);
    const section = await sectionDefinition(tx, loaded.review, loaded.cycle, options.sectionKey);
    const [comment] = await tx
      .insert(reviewComments)
      .values({ reviewId: loaded.review.id, sectionKey: section.key, authorId: subject.userId, body })
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review.comment.add',
      entityType: reviewEntityType,
      entityId: loaded.review.id,
      after: { commentId: comment!.id, sectionKey: section.key },
      requestId: options.requestId,
    });
    return comment!;
  });
}
