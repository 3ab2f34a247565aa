import { filterError } from '~/modules/api/filter-error';
import { listEnvelope } from '~/modules/api/list-envelope';
import { parsePagination } from '~/modules/api/parse-pagination';
import { apiJson } from '~/modules/api/responses';
import { maxSearchOffset, searchContent } from '~/modules/search/search-content.server';
import { loadSearchFilterChoices, parseSearchFilters } from '~/modules/search/search-filters.server';
import { maxQueryChars } from '~/modules/search/search-params';
import { presentSearchHit, presentSearchNotes } from '~/modules/search/search-presenter';
import { guardPublic } from '~/permissions/guard.server';
import type { Route } from './+types/search';

/**
 * Search over everything the caller may open (public for anonymous callers; a session also finds
 * what it may read, with its visibility). The list envelope plus facets and what else was searched.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const url = new URL(request.url);
  const page = parsePagination(url, { maxLimit: 50, defaultLimit: 20 });
  if (page.offset > maxSearchOffset) throw filterError('offset', `0..${maxSearchOffset}`);
  const parsed = parseSearchFilters(url.searchParams, await loadSearchFilterChoices());
  if (!parsed.ok) throw filterError(parsed.field, parsed.allowed);
  const q = (url.searchParams.get('q') ?? '').slice(0, maxQueryChars);
  const result = await searchContent({
    subject: viewer.subject,
    q,
    filters: parsed.filters,
    locale: parsed.filters.lang ?? 'ar',
    ...page,
  });
  return apiJson(
    {
      ...listEnvelope(result.hits.map(presentSearchHit), {
        ...page,
        total: result.total,
        totalCapped: result.totalCapped,
      }),
      facets: result.facets,
      search: presentSearchNotes(result),
    },
    viewer.user ? { headers: { 'Cache-Control': 'private, no-store' } } : {},
  );
}
