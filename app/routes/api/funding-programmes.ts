import { listEnvelope } from '~/modules/api/list-envelope';
import { parsePagination } from '~/modules/api/parse-pagination';
import { apiJson } from '~/modules/api/responses';
import { presentProgramme } from '~/modules/funding/funding-presenter';
import { listProgrammes } from '~/modules/funding/list-programmes.server';
import { guardPublic } from '~/permissions/guard.server';
import type { Route } from './+types/funding-programmes';

/** The fund's joint programmes with budgets and transfers, in IATI element names (funding-presenter.ts). */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const page = parsePagination(new URL(request.url), { maxLimit: 100, defaultLimit: 50 });
  const { items, total } = await listProgrammes(page);
  return apiJson(listEnvelope(items.map(presentProgramme), { ...page, total }), {
    headers: { 'Cache-Control': 'public, max-age=60' },
  });
}
