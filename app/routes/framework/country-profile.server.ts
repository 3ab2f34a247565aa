import { countPublicContent, countPublicContentByObjective } from '~/modules/content/count-content.server';
import { latestPublicItems } from '~/modules/coverage/latest-public-items.server';
import { hasPublishedPlan } from '~/modules/plans/get-country-plans.server';
import { countryPledgeSummary } from '~/modules/pledges/pledge-summaries.server';
import { cachedUntilChange } from '~/platform/cached-until-change.server';
import { getDb } from '~/platform/platform.server';

/**
 * What a country page shows besides the reference data: its pledges, public content per type and per
 * objective, the newest public items and whether it has a published plan. Five queries (the pledge
 * summary joins thousands of index rows) that change only when something is committed, so they are
 * kept together until then: an uncached view costs one snapshot check instead of five queries.
 */
export function countryProfile(iso3: string) {
  const db = getDb();
  return cachedUntilChange(db, `country-profile:${iso3}`, async () => {
    const [hasPlan, pledges, counts, byObjective, latest] = await Promise.all([
      hasPublishedPlan({ db, iso3 }),
      countryPledgeSummary({ db, iso3 }),
      countPublicContent({ db, country: iso3 }),
      countPublicContentByObjective({ db, country: iso3 }),
      latestPublicItems({ db, country: iso3 }),
    ]);
    return {
      hasPlan,
      pledges,
      counts,
      byObjective: byObjective.map((o) => ({ objective: o.objective, total: o.total })),
      latest,
    };
  });
}
