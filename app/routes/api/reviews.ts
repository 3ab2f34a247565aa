import { filterError } from '~/modules/api/filter-error';
import { listEnvelope } from '~/modules/api/list-envelope';
import { parsePagination } from '~/modules/api/parse-pagination';
import { apiJson } from '~/modules/api/responses';
import {
  listPublishedReviews,
  loadReviewFilterChoices,
} from '~/modules/reviews/listing/list-published-reviews.server';
import { parseReviewFilters } from '~/modules/reviews/listing/review-filters';
import { presentReview } from '~/modules/reviews/listing/review-presenters';
import { guardPublic } from '~/permissions/guard.server';
import type { Route } from './+types/reviews';

/** Published national and parallel reviews, newest first, filtered by cycle, country, kind and objective. */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const url = new URL(request.url);
  const page = parsePagination(url, { maxLimit: 100, defaultLimit: 50 });
  const parsed = parseReviewFilters(url.searchParams, await loadReviewFilterChoices());
  if (!parsed.ok) throw filterError(parsed.field, parsed.allowed);
  const { items, total } = await listPublishedReviews({ filters: parsed.filters, ...page });
  return apiJson(listEnvelope(items.map(presentReview), { ...page, total }), {
    headers: { 'Cache-Control': 'public, max-age=60' },
  });
}
