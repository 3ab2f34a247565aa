import { asc } from 'drizzle-orm';
import { countries } from '#db/schema/reference';
import { listRegionIds } from '~/modules/reference/list-regions.server';
import { cachedReference } from '~/modules/reference/reference-cache.server';
import { getDb } from '~/platform/platform.server';

/** The values the plans filters accept: every country code and region id (cached with the reference data). */
export function planFilterChoices(): Promise<{ countries: string[]; regions: string[] }> {
  return cachedReference('plans:filter-choices', async () => {
    const [countryRows, regions] = await Promise.all([
      getDb().select({ iso3: countries.iso3 }).from(countries).orderBy(asc(countries.iso3)),
      listRegionIds(),
    ]);
    return { countries: countryRows.map((c) => c.iso3), regions };
  });
}
