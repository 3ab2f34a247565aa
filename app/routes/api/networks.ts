import { pageOf } from '~/modules/api/list-envelope';
import { parsePagination } from '~/modules/api/parse-pagination';
import { apiJson } from '~/modules/api/responses';
import { presentNetwork } from '~/modules/instruments/instruments-presenter';
import { listNetworks } from '~/modules/instruments/networks/network-records.server';
import { guardPublic } from '~/permissions/guard.server';
import type { Route } from './+types/networks';

/** Published UN networks on migration: global, regional, country (instruments-presenter.ts). */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const page = parsePagination(new URL(request.url), { maxLimit: 200, defaultLimit: 200 });
  const rows = await listNetworks({ subject: null });
  return apiJson(pageOf(rows.map(presentNetwork), page), {
    headers: { 'Cache-Control': 'public, max-age=60' },
  });
}
