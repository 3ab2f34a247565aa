import { and, eq, sql } from 'drizzle-orm';
import { reviews, reviewTransitions, reviewVersions } from '#db/schema/reviews';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { syncReviewIndicators } from '~/modules/indicators/record-indicator-value.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, fieldRefusal, notFound, staleVersion } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { sectionDefinitions } from '../authoring/review-structure.server';
import { commentMax } from '../authoring/section-content';
import { syncReviewContent } from '../review-content.server';
import { canSeeReview, checkReviewTransition, type ReviewAction } from '../review-policy';
import { loadReview, type ReviewRow, reviewEntityType } from '../review-records.server';
import { queueReviewMail, reviewLink } from './review-mail.server';
import { editorsOf } from './review-recipients.server';
import { tagReview } from './tag-review.server';

export const moderationActions = [
  'acknowledge',
  'return',
  'publish',
  'withdraw',
] as const satisfies readonly ReviewAction[];
export type ModerationAction = (typeof moderationActions)[number];

/**
 * The cycle region's secretariat acts on a submitted review: acknowledges it, returns it to the
 * state or organisation with a comment (required; shown on their edit page), publishes it (public
 * from then on; tagged again from the published version), or withdraws a published one (with a
 * comment). review-policy.ts decides who and from which status. A secretariat of another region
 * does not see the review at all (notFound). In one transaction: status and stamps, transition,
 * audit entry, and a mail to each of the review's editors in their language.
 */
export async function moderateReview(options: {
  db?: DbOrTx;
  subject: Subject;
  reviewId: string;
  action: ModerationAction;
  comment?: string | null;
  expectedVersion?: number;
  baseUrl: string;
  now?: Date;
  requestId?: string;
}): Promise<ReviewRow> {
  const { db = getDb(), subject, action, now = new Date() } = options;
  if (!(moderationActions as readonly string[]).includes(action)) throw new AppError('invalidChoice', 400);
  const comment = options.comment?.replace(/\r\n?/g, '\n').trim() || null;
  if (comment && comment.length > commentMax) {
    throw fieldRefusal('comment', 'tooLong', { params: { max: commentMax } });
  }
  return db.transaction(async (tx) => {
    const loaded = await loadReview(tx, options.reviewId, { forUpdate: true });
    const { review, cycle } = loaded;
    if (!canSeeReview(subject, loaded.ref, loaded.coEditorIds)) throw notFound();
    const to = checkReviewTransition({ subject, review: loaded.ref, action, comment });
    if (options.expectedVersion !== undefined && options.expectedVersion !== review.version) {
      throw staleVersion(review);
    }
    const stamps =
      action === 'publish' ? { publishedAt: now } : action === 'withdraw' ? { publishedAt: null } : {};
    const [after] = await tx
      .update(reviews)
      .set({ status: to, ...stamps, version: sql`${reviews.version} + 1`, updatedAt: now })
      .where(eq(reviews.id, review.id))
      .returning();
    await tx.insert(reviewTransitions).values({
      reviewId: review.id,
      fromStatus: review.status,
      toStatus: to,
      actorId: subject.userId,
      comment,
      at: now,
    });
    await syncReviewContent(tx, [review.id]);
    // Indicator values reported in the review become public with it (and leave with a withdrawal).
    if (action === 'publish' || action === 'withdraw') await syncReviewIndicators(tx, review.id);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: `review.${action}`,
      entityType: reviewEntityType,
      entityId: review.id,
      before: { status: review.status, version: review.version },
      after: { status: to, version: after!.version, comment },
      requestId: options.requestId,
    });
    if (action === 'publish') {
      const [latest] = await tx
        .select({ snapshot: reviewVersions.snapshot })
        .from(reviewVersions)
        .where(
          and(eq(reviewVersions.reviewId, review.id), eq(reviewVersions.number, review.submittedVersions)),
        );
      if (latest) {
        const definitions = await sectionDefinitions(tx, review, cycle);
        await tagReview(tx, { review, cycle, snapshot: latest.snapshot, definitions });
      }
    }
    const path = action === 'return' ? `/reviews/${review.id}/edit` : `/reviews/${review.id}`;
    for (const person of await editorsOf(tx, review, loaded.coEditorIds)) {
      await queueReviewMail({
        db: tx,
        to: person,
        key: `decision.${action}`,
        title: review.title,
        comment,
        values: { link: reviewLink(options.baseUrl, person.locale, path) },
        dedupeKey: `review-decision:${review.id}:${after!.version}:${person.id}`,
      });
    }
    return after!;
  });
}
