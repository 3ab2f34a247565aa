import { sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { cachedUntilChange } from '~/platform/cached-until-change.server';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { type WorldMap, worldMap } from './world-map.server';

/**
 * The numbers behind the dashboard's map of pledges by country. A public (published or closed) pledge counts for a
 * country when that state made it (the pledger) or when it is tagged with that country — the
 * same rule as the registry's country filter, so each country links to a list of that length.
 * A pledge counts once per country even when both apply.
 */
export interface PledgeMapCountry {
  iso3: string;
  m49: string;
  name: Translated;
  /** Published pledges made by the state itself. */
  asPledger: number;
  /** Published pledges tagged with the country. */
  tagged: number;
  /** Published pledges made by or tagged with the country, each once. */
  total: number;
}

export interface PledgeMap {
  /** Countries with at least one public pledge, most first (ties by ISO code). */
  countries: PledgeMapCountry[];
  /** M49 codes of every reference country (to tell "no pledges" from "not a UN state"). */
  reference: string[];
}

export async function getPledgeMap(options: { db?: DbOrTx } = {}): Promise<PledgeMap> {
  const { db = getDb() } = options;
  // Recomputed only after a commit (cached-until-change); reads the pledges' own tag copies.
  return cachedUntilChange(db, 'pledge-map', () => computePledgeMap(db));
}

async function computePledgeMap(db: DbOrTx): Promise<PledgeMap> {
  const [counts, reference] = await readTogether(db, [
    () =>
      db.execute<{
        iso3: string;
        m49: string;
        name: Translated;
        as_pledger: number;
        tagged: number;
        total: number;
      }>(sql`
      with hits as (
        select p.id, p.country_iso3 as iso3, true as by_state
        from pledges p
        where p.status in ('published', 'closed') and p.country_iso3 is not null
        union all
        select p.id, t.country, false
        from pledges p cross join lateral unnest(p.tagged_countries) as t(country)
        where p.status in ('published', 'closed')
      )
      select c.iso3, c.m49, c.name,
        count(distinct h.id) filter (where h.by_state)::int as as_pledger,
        count(distinct h.id) filter (where not h.by_state)::int as tagged,
        count(distinct h.id)::int as total
      from hits h join countries c on c.iso3 = h.iso3
      group by c.iso3, c.m49, c.name
      order by total desc, c.iso3`),
    () => db.execute<{ m49: string }>(sql`select m49 from countries order by m49`),
  ]);
  return {
    countries: counts.rows.map((r) => ({
      iso3: r.iso3,
      m49: r.m49,
      name: r.name ?? {},
      asPledger: Number(r.as_pledger),
      tagged: Number(r.tagged),
      total: Number(r.total),
    })),
    reference: reference.rows.map((r) => r.m49),
  };
}

/** The dashboard's map data: the (cached) shapes and this request's counts. */
export async function getPledgeMapView(
  options: { db?: DbOrTx } = {},
): Promise<PledgeMap & { map: WorldMap }> {
  const data = await getPledgeMap(options);
  return { ...data, map: worldMap(data.reference) };
}
