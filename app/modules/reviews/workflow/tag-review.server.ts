import { eq } from 'drizzle-orm';
import { reviewReceipts } from '#db/schema/review-outreach';
import type { ReviewSnapshot } from '#db/schema/reviews';
import { setTags } from '~/modules/tagging/set-tags.server';
import type { DbOrTx } from '~/platform/db.server';
import type { SectionDefinition } from '../authoring/review-structure.server';
import { type CycleRow, type ReviewRow, reviewEntityType } from '../review-records.server';
import { objectivesReportedIn } from './review-snapshot.server';

/** The objectives a free-form review is tagged with: its authors' tags and those the secretariat added. */
export const freeFormObjectives = (review: Pick<ReviewRow, 'objectivesTagged' | 'objectivesAdded'>) =>
  [...new Set([...review.objectivesTagged, ...review.objectivesAdded])].sort((a, b) => a - b);

/**
 * Tags a review through the shared tagging tables from the version the secretariat sees: the
 * objectives it reports on (a free-form review: those it was tagged with), its state (national reviews, or the state a parallel review is about)
 * and the cycle's region — so coverage counts and the contributions filters find it. A review the
 * secretariat received outside the platform adds the objectives it was registered as covering. Run
 * on submission, registration and publication.
 */
export async function tagReview(
  db: DbOrTx,
  options: {
    review: Pick<ReviewRow, 'id' | 'countryIso3' | 'freeForm' | 'objectivesTagged' | 'objectivesAdded'>;
    cycle: Pick<CycleRow, 'regionId'>;
    snapshot: ReviewSnapshot;
    definitions: SectionDefinition[];
  },
) {
  const { review, cycle } = options;
  const [receipt] = await db
    .select({ objectives: reviewReceipts.objectives })
    .from(reviewReceipts)
    .where(eq(reviewReceipts.reviewId, review.id));
  const reported = objectivesReportedIn(options.snapshot, options.definitions);
  return setTags({
    db,
    entityType: reviewEntityType,
    entityId: review.id,
    tags: {
      objectives: review.freeForm
        ? freeFormObjectives(review)
        : [...new Set([...reported, ...(receipt?.objectives ?? [])])].sort((a, b) => a - b),
      countries: review.countryIso3 ? [review.countryIso3] : [],
      regions: [cycle.regionId],
    },
  });
}
