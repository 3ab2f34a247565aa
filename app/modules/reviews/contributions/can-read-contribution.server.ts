import { eq } from 'drizzle-orm';
import { reviewContributions } from '#db/schema/review-contributions';
import { reviewCycles } from '#db/schema/reviews';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { canReadContribution } from './contribution-policy';
import { publishedSyntheses } from './published-synthesis.server';

/** May the subject read this contribution (and its file)? False for unknown ids. */
export async function canReadContributionById(
  subject: Subject,
  contributionId: string,
  db: DbOrTx = getDb(),
): Promise<boolean> {
  if (!isUuid(contributionId)) return false;
  const [row] = await db
    .select({ cycleId: reviewContributions.cycleId, regionId: reviewCycles.regionId })
    .from(reviewContributions)
    .innerJoin(reviewCycles, eq(reviewCycles.id, reviewContributions.cycleId))
    .where(eq(reviewContributions.id, contributionId));
  if (!row) return false;
  const synthesisPublished = (await publishedSyntheses(db, [row.cycleId])).has(row.cycleId);
  return canReadContribution(subject, { regionId: row.regionId, synthesisPublished });
}
