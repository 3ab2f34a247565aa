import { sql } from 'drizzle-orm';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { pledgeEntityType } from './pledge-records.server';

/**
 * The pledge block of a country page: how many public pledges (published or closed, as in the
 * content index) concern the country, by the registry's own rule (made by the state or tagged with
 * it), so the number links to a registry list of that length.
 */
export interface CountryPledgeSummary {
  /** Public pledges made by the state. */
  byState: number;
  /** Public pledges tagged with the country. */
  tagged: number;
  /** Public pledges made by or tagged with the country, each once. */
  total: number;
}

export async function countryPledgeSummary(options: {
  db?: DbOrTx;
  iso3: string;
}): Promise<CountryPledgeSummary> {
  const { db = getDb() } = options;
  const iso3 = options.iso3.toUpperCase();
  const result = await db.execute<{ by_state: number; tagged: number; total: number }>(sql`
    select count(*) filter (where p.country_iso3 = ${iso3})::int as by_state,
      count(*) filter (where p.tagged_countries @> array[${iso3}]::text[])::int as tagged,
      count(*)::int as total
    from content_items c join pledges p on p.id = c.id::uuid
    where c.type = ${pledgeEntityType} and c.visibility = 'public' and c.countries @> array[${iso3}]::text[]`);
  const row = result.rows[0];
  return {
    byState: Number(row?.by_state ?? 0),
    tagged: Number(row?.tagged ?? 0),
    total: Number(row?.total ?? 0),
  };
}
