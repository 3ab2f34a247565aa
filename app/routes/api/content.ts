import { filterError, parseEnumParam } from '~/modules/api/filter-error';
import { listEnvelope } from '~/modules/api/list-envelope';
import { parsePagination } from '~/modules/api/parse-pagination';
import { apiJson } from '~/modules/api/responses';
import { contentTypeKeys } from '~/modules/content/content-type-keys';
import { listPublicContent } from '~/modules/open-data/public-content.server';
import { parseObjectiveNumber } from '~/modules/reference/constants';
import { guardPublic } from '~/permissions/guard.server';
import { siteOrigin } from '~/platform/http/site-origin.server';
import type { Route } from './+types/content';

/**
 * GET /api/v1/content: public items of every content type the index registers, newest first, with
 * filters (type, objective, principle, country, region, year) and pages.
 */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const url = new URL(request.url);
  const page = parsePagination(url, { maxLimit: 100, defaultLimit: 50 });
  const type = parseEnumParam(url, 'type', contentTypeKeys);
  const rawObjective = url.searchParams.get('objective');
  const objective = rawObjective ? parseObjectiveNumber(rawObjective) : undefined;
  if (objective === null) throw filterError('objective', '1..23');
  const principle = url.searchParams.get('principle') || undefined;
  if (principle && !/^[a-z_]{1,60}$/.test(principle)) throw filterError('principle', 'a principle key');
  const country = url.searchParams.get('country') || undefined;
  if (country && !/^[A-Za-z]{3}$/.test(country)) throw filterError('country', 'ISO3');
  const region = url.searchParams.get('region') || undefined;
  if (region && !/^[A-Za-z0-9_-]{1,40}$/.test(region)) throw filterError('region', 'a region id');
  const rawYear = url.searchParams.get('year');
  const year = rawYear ? Number(rawYear) : undefined;
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2100))
    throw filterError('year', '1900..2100');
  const { items, total } = await listPublicContent({
    filters: {
      type,
      objective,
      principle,
      country: country?.toUpperCase(),
      region: region?.toUpperCase(),
      year,
    },
    origin: siteOrigin(request),
    ...page,
  });
  return apiJson(listEnvelope(items, { ...page, total }), {
    headers: { 'Cache-Control': 'public, max-age=60' },
  });
}
