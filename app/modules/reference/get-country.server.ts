import { sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import type { RegionKind, UnStatus } from '#db/schema/reference';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { cachedReference } from './reference-cache.server';

export interface CountryDetail {
  iso3: string;
  iso2: string;
  m49: string;
  name: Translated;
  officialName: Translated;
  unStatus: UnStatus;
  regionId: string | null;
  subregionId: string | null;
  status: Record<string, string>;
  /** Every grouping it belongs to, M49 ones first, with the membership note (e.g. a suspension). */
  memberships: { id: string; kind: RegionKind; code: string; name: Translated; note: string | null }[];
}

/**
 * One country by ISO 3166 alpha-3 (any case) with the groupings it belongs to, in one query. Inside a
 * transaction read fresh; otherwise through the short reference cache (a country page reads it on
 * every view).
 */
export async function getCountry(options: { db?: DbOrTx; iso3: string }): Promise<CountryDetail | null> {
  const iso3 = options.iso3.toUpperCase();
  if (!/^[A-Z]{3}$/.test(iso3)) return null;
  if (options.db) return loadCountry(options.db, iso3);
  return cachedReference(`country:${iso3}`, () => loadCountry(getDb(), iso3));
}

async function loadCountry(db: DbOrTx, iso3: string): Promise<CountryDetail | null> {
  const result = await db.execute<{
    iso3: string;
    iso2: string;
    m49: string;
    name: Translated;
    official_name: Translated;
    un_status: UnStatus;
    region_id: string | null;
    subregion_id: string | null;
    status: Record<string, string> | null;
    memberships: CountryDetail['memberships'];
  }>(sql`
    select c.iso3, c.iso2, c.m49, c.name, c.official_name, c.un_status, c.region_id, c.subregion_id,
      c.provenance->'status' as status,
      (select coalesce(json_agg(json_build_object('id', r.id, 'kind', r.kind, 'code', r.code, 'name', r.name, 'note', m.note)
          order by r.position), '[]'::json)
         from region_members m join regions r on r.id = m.region_id where m.country_iso3 = c.iso3) as memberships
    from countries c where c.iso3 = ${iso3}`);
  const row = result.rows[0];
  if (!row) return null;
  return {
    iso3: row.iso3,
    iso2: row.iso2,
    m49: row.m49,
    name: row.name,
    officialName: row.official_name,
    unStatus: row.un_status,
    regionId: row.region_id,
    subregionId: row.subregion_id,
    status: row.status ?? {},
    memberships: row.memberships,
  };
}
