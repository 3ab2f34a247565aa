import { eq } from 'drizzle-orm';
import { objectiveTags } from '#db/schema/tagging';
import { loadForEditors } from '~/modules/reviews/authoring/review-guards.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

/**
 * What the request form pre-fills from a national review its editor asks from: the country and the
 * objectives the review is tagged with. notFound / forbidden as for the review's editing pages.
 */
export async function reviewForSupport(options: { db?: DbOrTx; subject: Subject; reviewId: string }) {
  const { db = getDb(), subject } = options;
  const { review } = await loadForEditors(db, subject, options.reviewId);
  const tags = await db
    .selectDistinct({ objective: objectiveTags.objective })
    .from(objectiveTags)
    .where(eq(objectiveTags.entityId, review.id));
  return {
    id: review.id,
    title: review.title,
    countryIso3: review.countryIso3,
    objectives: tags.map((t) => t.objective).sort((a, b) => a - b),
  };
}
