import { pageOf } from '~/modules/api/list-envelope';
import { parsePagination } from '~/modules/api/parse-pagination';
import { apiJson } from '~/modules/api/responses';
import { listChampions } from '~/modules/instruments/champions/champion-records.server';
import { presentChampion } from '~/modules/instruments/instruments-presenter';
import { guardPublic } from '~/permissions/guard.server';
import type { Route } from './+types/champions';

/** The published roster of champion countries, by ISO3 code (instruments-presenter.ts). */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const page = parsePagination(new URL(request.url), { maxLimit: 200, defaultLimit: 200 });
  const rows = await listChampions({ subject: null });
  return apiJson(pageOf(rows.map(presentChampion), page), {
    headers: { 'Cache-Control': 'public, max-age=60' },
  });
}
