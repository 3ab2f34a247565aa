import { listEnvelope } from '~/modules/api/list-envelope';
import { parsePagination } from '~/modules/api/parse-pagination';
import { apiJson } from '~/modules/api/responses';
import { listCycles } from '~/modules/reviews/listing/list-cycles.server';
import { presentCycleListItem } from '~/modules/reviews/listing/review-presenters';
import { guardPublic } from '~/permissions/guard.server';
import type { Route } from './+types/review-cycles';

/** Regional review cycles that are open or closed (never drafts), newest first. */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const page = parsePagination(new URL(request.url), { maxLimit: 100, defaultLimit: 50 });
  // The public API answers as the public reads, whoever calls it.
  const { items, total } = await listCycles({ subject: null, ...page });
  return apiJson(listEnvelope(items.map(presentCycleListItem), { ...page, total }), {
    headers: { 'Cache-Control': 'public, max-age=60' },
  });
}
