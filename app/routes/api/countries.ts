import { filterError, parseEnumParam } from '~/modules/api/filter-error';
import { listEnvelope } from '~/modules/api/list-envelope';
import { parsePagination } from '~/modules/api/parse-pagination';
import { presentCountry } from '~/modules/api/reference-presenters';
import { apiJson } from '~/modules/api/responses';
import { unStatuses } from '~/modules/reference/constants';
import { listCountries } from '~/modules/reference/list-countries.server';
import { listRegionIds } from '~/modules/reference/list-regions.server';
import { guardPublic } from '~/permissions/guard.server';
import type { Route } from './+types/countries';

export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const url = new URL(request.url);
  const page = parsePagination(url, { maxLimit: 250 });
  const unStatus = parseEnumParam(url, 'unStatus', unStatuses);
  let region = url.searchParams.get('region') || undefined;
  if (region) {
    const ids = await listRegionIds();
    const match = ids.find((id) => id.toUpperCase() === region!.toUpperCase());
    if (!match) throw filterError('region', ids);
    region = match;
  }
  const { items, total } = await listCountries({ region, unStatus, ...page });
  return apiJson(listEnvelope(items.map(presentCountry), { ...page, total }));
}
