import { eq } from 'drizzle-orm';
import { objectiveTags } from '#db/schema/tagging';
import { countryNetworkOf } from '~/modules/instruments/country-network.server';
import { loadForEditors } from '~/modules/reviews/authoring/review-guards.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

/**
 * What the request form pre-fills from a national review its editor asks from: the country and the
 * objectives the review is tagged with, and the country's UN network where one is registered. notFound / forbidden as for the review's editing pages.
 */
export async function reviewForSupport(options: { db?: DbOrTx; subject: Subject; reviewId: string }) {
  const { db = getDb(), subject } = options;
  const { review } = await loadForEditors(db, subject, options.reviewId);
  const tags = await db
    .selectDistinct({ objective: objectiveTags.objective })
    .from(objectiveTags)
    .where(eq(objectiveTags.entityId, review.id));
  const network = review.countryIso3 ? await countryNetworkOf(db, review.countryIso3) : null;
  return {
    /** The country's UN network, where the registry holds one; else the request goes to the secretariat. */
    network,
    id: review.id,
    title: review.title,
    countryIso3: review.countryIso3,
    objectives: tags.map((t) => t.objective).sort((a, b) => a - b),
  };
}
