import { countPublicContent, countPublicContentByObjective } from '~/modules/content/count-content.server';
import { latestPublicItems } from '~/modules/coverage/latest-public-items.server';
import { getChampion } from '~/modules/instruments/champions/champion-records.server';
import { countryNetwork } from '~/modules/instruments/networks/network-records.server';
import { hasPublishedPlan } from '~/modules/plans/get-country-plans.server';
import { countryPledgeSummary } from '~/modules/pledges/pledge-summaries.server';
import { cachedUntilChange } from '~/platform/cached-until-change.server';
import { getDb } from '~/platform/platform.server';

/**
 * What a country page shows besides the reference data: its pledges, public content per type and per
 * objective, the newest public items, whether it has a published plan, its champion status and its UN
 * country network. Five queries (the pledge
 * summary joins thousands of index rows) that change only when something is committed, so they are
 * kept together until then: an uncached view costs one snapshot check instead of five queries.
 */
export function countryProfile(iso3: string) {
  const db = getDb();
  return cachedUntilChange(db, `country-profile:${iso3}`, async () => {
    const [hasPlan, pledges, counts, byObjective, latest, champion, network] = await Promise.all([
      hasPublishedPlan({ db, iso3 }),
      countryPledgeSummary({ db, iso3 }),
      countPublicContent({ db, country: iso3 }),
      countPublicContentByObjective({ db, country: iso3 }),
      latestPublicItems({ db, country: iso3 }),
      getChampion({ db, iso3 }),
      countryNetwork({ db, iso3 }),
    ]);
    return {
      hasPlan,
      pledges,
      counts,
      byObjective: byObjective.map((o) => ({ objective: o.objective, total: o.total })),
      latest,
      // The instruments: whether it is a champion country (published roster) and its UN country network.
      champion: champion ? { joinedOn: champion.joinedOn, confirmation: champion.confirmation } : null,
      network: network
        ? {
            slug: network.slug,
            name: network.name,
            establishedYear: network.establishedYear,
            lead: network.lead,
          }
        : null,
    };
  });
}
