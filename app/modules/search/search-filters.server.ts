import { asc } from 'drizzle-orm';
import { countries, principles, regions } from '#db/schema/reference';
import { contentTypeKeys, isContentTypeKey } from '~/modules/content/content-type-keys';
import { cachedReference } from '~/modules/reference/reference-cache.server';
import { getDb } from '~/platform/platform.server';
import { type SearchFilterField, type SearchFilters, searchFilterFields } from './search-params';

export type { SearchFilters } from './search-params';

export interface SearchFilterChoices {
  principles: string[];
  countries: string[];
  regions: string[];
}

export function loadSearchFilterChoices(): Promise<SearchFilterChoices> {
  return cachedReference('search-filter-choices', async () => {
    const db = getDb();
    const [p, c, r] = await Promise.all([
      db.select({ key: principles.key }).from(principles).orderBy(asc(principles.position)),
      db.select({ iso3: countries.iso3 }).from(countries).orderBy(asc(countries.iso3)),
      db.select({ id: regions.id }).from(regions).orderBy(asc(regions.id)),
    ]);
    return { principles: p.map((x) => x.key), countries: c.map((x) => x.iso3), regions: r.map((x) => x.id) };
  });
}

export const minSearchYear = 1990;
export const maxSearchYear = 2100;

export type ParsedSearchFilters =
  | { ok: true; filters: SearchFilters }
  | { ok: false; field: SearchFilterField; allowed: string | string[]; filters: SearchFilters };

/**
 * Reads the filters from a query string. A value out of its list yields the field and what it allows
 * (the API answers 400 with them; the page drops the filter). Codes match without regard to case.
 */
export function parseSearchFilters(
  params: URLSearchParams,
  choices: SearchFilterChoices,
): ParsedSearchFilters {
  const filters: SearchFilters = {};
  const failures: { field: SearchFilterField; allowed: string | string[] }[] = [];
  const fail = (field: SearchFilterField, allowed: string | string[]) => failures.push({ field, allowed });
  const byCase = (list: string[], value: string) => list.find((x) => x.toUpperCase() === value.toUpperCase());
  for (const field of searchFilterFields) {
    const value = params.get(field)?.trim();
    if (!value) continue;
    switch (field) {
      case 'type':
        if (isContentTypeKey(value)) filters.type = value;
        else fail(field, [...contentTypeKeys]);
        break;
      case 'objective': {
        const n = /^\d{1,2}$/.test(value) ? Number(value) : 0;
        if (n >= 1 && n <= 23) filters.objective = n;
        else fail(field, '1..23');
        break;
      }
      case 'year': {
        const n = /^\d{4}$/.test(value) ? Number(value) : 0;
        if (n >= minSearchYear && n <= maxSearchYear) filters.year = n;
        else fail(field, `${minSearchYear}..${maxSearchYear}`);
        break;
      }
      case 'principle':
        if (choices.principles.includes(value)) filters.principle = value;
        else fail(field, choices.principles);
        break;
      case 'country': {
        const match = byCase(choices.countries, value);
        if (match) filters.country = match;
        else fail(field, choices.countries);
        break;
      }
      case 'region': {
        const match = byCase(choices.regions, value);
        if (match) filters.region = match;
        else fail(field, choices.regions);
        break;
      }
      case 'lang':
        if (value === 'ar' || value === 'en') filters.lang = value;
        else fail(field, ['ar', 'en']);
        break;
    }
  }
  const failure = failures[0];
  return failure ? { ok: false, ...failure, filters } : { ok: true, filters };
}
