import { eq, inArray } from 'drizzle-orm';
import { reviewContributions } from '#db/schema/review-contributions';
import { reviewCycles } from '#db/schema/reviews';
import { defineContentType } from '~/modules/content/content-type';
import { syncContent } from '~/modules/content/sync-content.server';
import type { DbOrTx } from '~/platform/db.server';
import { isUuid } from '~/platform/uuid';
import { contributionReaders, isContributionPublic } from './contribution-policy';
import { publishedSyntheses } from './published-synthesis.server';

/**
 * Contributions recorded on a cycle, on its contributions page: public once the cycle's synthesis
 * is published (contribution-policy.ts), else its secretariat's. Searchable by who sent them and
 * their text.
 */
export const contributionContent = defineContentType({
  key: 'review_contribution',
  version: 1,
  async allIds(db) {
    return (await db.select({ id: reviewContributions.id }).from(reviewContributions)).map((r) => r.id);
  },
  async project(db, ids) {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await db
      .select({
        id: reviewContributions.id,
        cycleId: reviewContributions.cycleId,
        kind: reviewContributions.kind,
        contributor: reviewContributions.contributor,
        receivedOn: reviewContributions.receivedOn,
        text: reviewContributions.text,
        originalLanguage: reviewContributions.originalLanguage,
        objectives: reviewContributions.objectives,
        updatedAt: reviewContributions.updatedAt,
        isSample: reviewContributions.isSample,
        regionId: reviewCycles.regionId,
      })
      .from(reviewContributions)
      .innerJoin(reviewCycles, eq(reviewCycles.id, reviewContributions.cycleId))
      .where(inArray(reviewContributions.id, valid));
    const published = await publishedSyntheses(db, [...new Set(rows.map((r) => r.cycleId))]);
    return rows.map((row) => {
      const synthesis = published.get(row.cycleId);
      const isPublic = isContributionPublic({ synthesisPublished: Boolean(synthesis) });
      const received = new Date(`${row.receivedOn}T00:00:00Z`);
      return {
        id: row.id,
        visibility: isPublic ? 'public' : 'restricted',
        readers: isPublic ? [] : contributionReaders(row.regionId),
        status: row.kind,
        originalLanguage: row.originalLanguage,
        title: row.contributor,
        summary: {},
        body: row.text,
        objectives: row.objectives,
        principles: [],
        countries: [],
        regions: [row.regionId],
        year: received.getUTCFullYear(),
        publishedAt: isPublic ? received : null,
        updatedAt: row.updatedAt,
        path: `/reviews/cycles/${row.cycleId}/contributions#contribution-${row.id}`,
        isSample: row.isSample,
      };
    });
  },
});

export const syncContributionContent = (db: DbOrTx, ids: readonly string[]) =>
  syncContent(db, contributionContent, ids);

/** Re-projects a cycle's contributions (their visibility follows the cycle's synthesis). */
export async function syncCycleContributions(db: DbOrTx, cycleId: string) {
  const rows = await db
    .select({ id: reviewContributions.id })
    .from(reviewContributions)
    .where(eq(reviewContributions.cycleId, cycleId));
  if (rows.length)
    await syncContributionContent(
      db,
      rows.map((r) => r.id),
    );
}
