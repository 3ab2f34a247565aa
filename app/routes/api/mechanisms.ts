import { pageOf } from '~/modules/api/list-envelope';
import { parsePagination } from '~/modules/api/parse-pagination';
import { apiJson } from '~/modules/api/responses';
import { presentMechanism } from '~/modules/instruments/instruments-presenter';
import { publicMechanisms } from '~/modules/instruments/mechanisms/mechanism-records.server';
import { guardPublic } from '~/permissions/guard.server';
import type { Route } from './+types/mechanisms';

/** Published consultation mechanisms with their chairs and published activities (instruments-presenter.ts). */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const page = parsePagination(new URL(request.url), { maxLimit: 100, defaultLimit: 100 });
  const rows = await publicMechanisms();
  return apiJson(pageOf(rows.map(presentMechanism), page), {
    headers: { 'Cache-Control': 'public, max-age=60' },
  });
}
