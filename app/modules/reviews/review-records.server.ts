import { asc, eq } from 'drizzle-orm';
import { reviewCycles, reviewEditors, reviews, reviewTemplateSections } from '#db/schema/reviews';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import type { ReviewRef } from './review-policy';

/** The content type key of reviews in the shared tagging and attachments tables. */
export const reviewEntityType = 'review';

export type ReviewRow = typeof reviews.$inferSelect;
export type CycleRow = typeof reviewCycles.$inferSelect;
export type TemplateSectionRow = typeof reviewTemplateSections.$inferSelect;

/** A review with what the access rules need: its cycle and its invited co-editors. */
export interface LoadedReview {
  review: ReviewRow;
  cycle: CycleRow;
  ref: ReviewRef;
  coEditorIds: string[];
}

export const reviewRefOf = (review: ReviewRow, cycle: Pick<CycleRow, 'regionId'>): ReviewRef => ({
  kind: review.kind,
  status: review.status,
  countryIso3: review.countryIso3,
  organisationId: review.organisationId,
  submittedVersions: review.submittedVersions,
  cycleRegionId: cycle.regionId,
});

/** Loads a review (throws notFound for unknown or malformed ids; callers decide visibility with review-policy). */
export async function loadReview(db: DbOrTx, reviewId: string, options: { forUpdate?: boolean } = {}) {
  if (!/^[0-9a-f-]{36}$/i.test(reviewId)) throw notFound();
  const query = db.select().from(reviews).where(eq(reviews.id, reviewId));
  const [review] = options.forUpdate ? await query.for('update') : await query;
  if (!review) throw notFound();
  const [[cycle], editors] = await readTogether(db, [
    () => db.select().from(reviewCycles).where(eq(reviewCycles.id, review.cycleId)),
    () =>
      db
        .select({ userId: reviewEditors.userId })
        .from(reviewEditors)
        .where(eq(reviewEditors.reviewId, review.id)),
  ]);
  if (!cycle) throw notFound();
  return {
    review,
    cycle,
    ref: reviewRefOf(review, cycle),
    coEditorIds: editors.map((e) => e.userId),
  } satisfies LoadedReview;
}

/** The sections of a template version, in order. */
export function loadTemplateSections(db: DbOrTx, templateId: string): Promise<TemplateSectionRow[]> {
  return db
    .select()
    .from(reviewTemplateSections)
    .where(eq(reviewTemplateSections.templateId, templateId))
    .orderBy(asc(reviewTemplateSections.position));
}
