import type { Locale } from '#db/schema/columns';
import type { ContentTypeKey } from '~/modules/content/content-type-keys';

/** What the search page, its header box and the API share with the browser (no server code). */

/** Characters of a query read; the rest is ignored (a pasted page still searches its start). */
export const maxQueryChars = 500;

/** The filters of a search (page and API alike); every one narrows the results and their facets. */
export interface SearchFilters {
  type?: ContentTypeKey;
  objective?: number;
  principle?: string;
  country?: string;
  region?: string;
  year?: number;
  /** Content that has text in this language. */
  lang?: Locale;
}
export const searchFilterFields = [
  'type',
  'objective',
  'principle',
  'country',
  'region',
  'year',
  'lang',
] as const;
export type SearchFilterField = (typeof searchFilterFields)[number];
