import { filterError } from '~/modules/api/filter-error';
import { listEnvelope } from '~/modules/api/list-envelope';
import { parsePagination } from '~/modules/api/parse-pagination';
import { apiJson } from '~/modules/api/responses';
import {
  listPledges,
  loadPledgeFilterChoices,
  parsePledgeFilters,
} from '~/modules/pledges/list-pledges.server';
import { presentPledgeListItem } from '~/modules/pledges/pledge-presenter';
import { guardPublic } from '~/permissions/guard.server';
import type { Route } from './+types/pledges';

/** Published and closed pledges, filtered like the registry page. */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const url = new URL(request.url);
  const page = parsePagination(url, { maxLimit: 100, defaultLimit: 50 });
  const parsed = parsePledgeFilters(url.searchParams, await loadPledgeFilterChoices());
  if (!parsed.ok) throw filterError(parsed.field, parsed.allowed);
  const { items, total } = await listPledges({ filters: parsed.filters, ...page });
  return apiJson(listEnvelope(items.map(presentPledgeListItem), { ...page, total }), {
    headers: { 'Cache-Control': 'public, max-age=60' },
  });
}
