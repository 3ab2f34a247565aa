import { filterError } from '~/modules/api/filter-error';
import { listEnvelope } from '~/modules/api/list-envelope';
import { parsePagination } from '~/modules/api/parse-pagination';
import { apiJson } from '~/modules/api/responses';
import {
  listPledges,
  loadPledgeFilterChoices,
  parsePledgeFilters,
  pledgeListCountLimit,
} from '~/modules/pledges/list-pledges.server';
import { decodePledgeCursor, encodePledgeCursor, isKeysetSort } from '~/modules/pledges/pledge-cursor';
import { effectiveSort } from '~/modules/pledges/pledge-filters';
import { presentPledgeListItem } from '~/modules/pledges/pledge-presenter';
import { guardPublic } from '~/permissions/guard.server';
import type { Route } from './+types/pledges';

/**
 * Published and closed pledges, filtered like the registry page. The count stops past
 * pledgeListCountLimit (`totalCapped`); `after` (the previous page's `next`) pages by keyset in the
 * newest and oldest orders, beside `offset` (decision in docs/decisions.md, "capped counts").
 */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const url = new URL(request.url);
  const page = parsePagination(url, { maxLimit: 100, defaultLimit: 50 });
  const parsed = parsePledgeFilters(url.searchParams, await loadPledgeFilterChoices());
  if (!parsed.ok) throw filterError(parsed.field, parsed.allowed);
  const { filters } = parsed;
  const sort = effectiveSort(filters);
  const rawAfter = url.searchParams.get('after');
  let after: ReturnType<typeof decodePledgeCursor> = null;
  if (rawAfter) {
    if (!isKeysetSort(sort)) throw filterError('sort', ['newest', 'oldest']);
    if (page.offset !== 0) throw filterError('offset', '0 (with after)');
    after = decodePledgeCursor(rawAfter, sort);
    if (!after) throw filterError('after', 'page.next of the previous page, same sort');
  }
  const { items, total, totalCapped, next, hasMore } = await listPledges({
    filters,
    ...page,
    after: after ?? undefined,
    countLimit: pledgeListCountLimit,
  });
  return apiJson(
    listEnvelope(items.map(presentPledgeListItem), {
      ...page,
      total,
      totalCapped,
      next: hasMore && next && isKeysetSort(sort) ? encodePledgeCursor(sort, next) : null,
    }),
    { headers: { 'Cache-Control': 'public, max-age=60' } },
  );
}
