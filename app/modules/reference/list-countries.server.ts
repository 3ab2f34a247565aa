import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Locale, Translated } from '#db/schema/columns';
import { countries, regionMembers, type UnStatus } from '#db/schema/reference';
import type { DbOrTx } from '~/platform/db.server';
import { sortByName } from '~/platform/i18n/collation';
import { getDb } from '~/platform/platform.server';
import { cachedReference } from './reference-cache.server';

export interface CountryListItem {
  iso3: string;
  iso2: string;
  m49: string;
  name: Translated;
  unStatus: UnStatus;
  regionId: string | null;
  subregionId: string | null;
  /** Groupings other than its M49 region and sub-region (regional commissions, LAS, ARCP). */
  groupings: string[];
}

export interface ListCountriesOptions {
  db?: DbOrTx;
  /** A region id (any kind): only its members. */
  region?: string;
  unStatus?: UnStatus;
  /** Searches names (common and official) in Arabic and English, and ISO codes. */
  q?: string;
  /** Sort by the name in this language. */
  locale?: Locale;
  limit?: number;
  offset?: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listCountries(
  options: ListCountriesOptions = {},
): Promise<{ items: CountryListItem[]; total: number }> {
  const { db = getDb(), region, unStatus, locale = 'en', limit = 500, offset = 0 } = options;
  const q = options.q?.trim().slice(0, 100);
  const conditions: SQL[] = [];
  if (region) {
    conditions.push(
      sql`exists (select 1 from ${regionMembers} m where m.country_iso3 = ${countries.iso3} and m.region_id = ${region})`,
    );
  }
  if (unStatus) conditions.push(eq(countries.unStatus, unStatus));
  if (q) {
    const like = `%${escapeLike(q)}%`;
    conditions.push(sql`(
      ${countries.name}->>'en' ilike ${like} or ${countries.officialName}->>'en' ilike ${like}
      or marsad_fold(${countries.name}->>'ar') like '%' || marsad_fold(${escapeLike(q)}) || '%'
      or marsad_fold(${countries.officialName}->>'ar') like '%' || marsad_fold(${escapeLike(q)}) || '%'
      or ${countries.iso3} = upper(${q}) or ${countries.iso2} = upper(${q}))`);
  }
  const rows = await db
    .select({
      iso3: countries.iso3,
      iso2: countries.iso2,
      m49: countries.m49,
      name: countries.name,
      unStatus: countries.unStatus,
      regionId: countries.regionId,
      subregionId: countries.subregionId,
      groupings: sql<
        string[]
      >`coalesce((select array_agg(m.region_id order by m.region_id) from ${regionMembers} m
        where m.country_iso3 = ${countries.iso3} and m.region_id not like 'M49-%'), '{}')`,
    })
    .from(countries)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(countries.iso3));
  // At most 195 rows: sorted here with the reader's collation, which the database may not have.
  const sorted = sortByName(rows, locale, (c) => c.name);
  return { items: sorted.slice(offset, offset + limit), total: rows.length };
}

/**
 * Every country, sorted by its name in `locale`, through the short reference cache: the forms'
 * choices and the name lookups of busy pages (a meeting's page) read it on every view.
 */
export const countryChoices = (locale: Locale): Promise<CountryListItem[]> =>
  cachedReference(`countries:${locale}`, () => listCountries({ locale }).then((r) => r.items));
