import { eq, sql } from 'drizzle-orm';
import { reviews, reviewTransitions, reviewVersions } from '#db/schema/reviews';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, notFound, staleVersion } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { syncReviewContent } from '../review-content.server';
import { canSeeReview, checkReviewTransition } from '../review-policy';
import { loadReview, type ReviewRow, reviewEntityType } from '../review-records.server';
import { queueReviewMail, reviewLink } from './review-mail.server';
import { secretariatOf } from './review-recipients.server';
import { buildSnapshot } from './review-snapshot.server';
import { tagReview } from './tag-review.server';

/** A required section left empty, for the refusal's list of links. */
export interface MissingSection {
  key: string;
  title: Record<string, string>;
  objective: number | null;
}

/**
 * The focal point (national) or the organisation's admin (parallel) sends the review to the
 * secretariat, from drafting or returned, while the cycle is open. Every required section must be
 * filled, or the answer is reviewRequiredSectionsMissing (422) with the sections in details.missing.
 * In one transaction: the full snapshot becomes review_versions row N+1, the review is submitted
 * (submitted_versions N+1), the transition and the audit entry are recorded, the review is tagged
 * with the objectives it reports on, and the cycle region's secretariat is e-mailed.
 */
export async function submitReview(options: {
  db?: DbOrTx;
  subject: Subject;
  reviewId: string;
  /** The review's version the submitter saw (hidden field); a stale one is refused. */
  expectedVersion?: number;
  baseUrl: string;
  now?: Date;
  requestId?: string;
}): Promise<{ review: ReviewRow; versionNumber: number }> {
  const { db = getDb(), subject, now = new Date() } = options;
  return db.transaction(async (tx) => {
    const loaded = await loadReview(tx, options.reviewId, { forUpdate: true });
    const { review, cycle } = loaded;
    if (!canSeeReview(subject, loaded.ref, loaded.coEditorIds)) throw notFound();
    const to = checkReviewTransition({ subject, review: loaded.ref, action: 'submit' });
    if (options.expectedVersion !== undefined && options.expectedVersion !== review.version) {
      throw staleVersion(review);
    }
    if (cycle.status !== 'open') throw new AppError('reviewCycleClosed', 409);

    const { snapshot, definitions, missing } = await buildSnapshot(tx, review, cycle);
    if (missing.length) {
      const list: MissingSection[] = missing.map((m) => ({
        key: m.key,
        title: m.title,
        objective: m.objective,
      }));
      throw new AppError('reviewRequiredSectionsMissing', 422, { count: missing.length }, { missing: list });
    }
    const versionNumber = review.submittedVersions + 1;
    await tx.insert(reviewVersions).values({
      reviewId: review.id,
      number: versionNumber,
      snapshot,
      submittedBy: subject.userId,
      submittedAt: now,
    });
    const [after] = await tx
      .update(reviews)
      .set({
        status: to,
        submittedAt: now,
        submittedVersions: versionNumber,
        version: sql`${reviews.version} + 1`,
        updatedAt: now,
      })
      .where(eq(reviews.id, review.id))
      .returning();
    await tx.insert(reviewTransitions).values({
      reviewId: review.id,
      fromStatus: review.status,
      toStatus: to,
      actorId: subject.userId,
      at: now,
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review.submit',
      entityType: reviewEntityType,
      entityId: review.id,
      before: { status: review.status, version: review.version },
      after: { status: to, version: after!.version, submittedVersion: versionNumber },
      requestId: options.requestId,
    });
    await tagReview(tx, { review, cycle, snapshot, definitions });
    await syncReviewContent(tx, [review.id]);
    for (const person of await secretariatOf(tx, cycle.regionId)) {
      await queueReviewMail({
        db: tx,
        to: person,
        key: review.kind === 'national' ? 'submitted' : 'submittedParallel',
        title: review.title,
        values: {
          number: versionNumber,
          link: reviewLink(options.baseUrl, person.locale, `/reviews/${review.id}/moderate`),
        },
        dedupeKey: `review-submitted:${review.id}:${versionNumber}:${person.id}`,
      });
    }
    return { review: after!, versionNumber };
  });
}
