import { sql } from 'drizzle-orm';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { pledgeEntityType } from './pledge-records.server';

/**
 * The pledge blocks of the framework pages: how many published pledges concern a country or an
 * objective, by the registry's own rules (a country: made by the state or tagged with it; an
 * objective: tagged with it), so each number links to a registry list of that length.
 */
export interface CountryPledgeSummary {
  /** Published pledges made by the state. */
  byState: number;
  /** Published pledges tagged with the country. */
  tagged: number;
  /** Published pledges made by or tagged with the country, each once. */
  total: number;
}

export async function countryPledgeSummary(options: {
  db?: DbOrTx;
  iso3: string;
}): Promise<CountryPledgeSummary> {
  const { db = getDb() } = options;
  const iso3 = options.iso3.toUpperCase();
  const result = await db.execute<{ by_state: number; tagged: number; total: number }>(sql`
    with hits as (
      select p.id, true as by_state from pledges p
      where p.status = 'published' and p.country_iso3 = ${iso3}
      union all
      select p.id, false from country_tags t join pledges p on p.id::text = t.entity_id
      where t.entity_type = ${pledgeEntityType} and t.country = ${iso3} and p.status = 'published'
    )
    select count(distinct id) filter (where by_state)::int as by_state,
      count(distinct id) filter (where not by_state)::int as tagged,
      count(distinct id)::int as total
    from hits`);
  const row = result.rows[0];
  return {
    byState: Number(row?.by_state ?? 0),
    tagged: Number(row?.tagged ?? 0),
    total: Number(row?.total ?? 0),
  };
}
