import { parseEnumParam } from '~/modules/api/filter-error';
import { pageOf } from '~/modules/api/list-envelope';
import { parsePagination } from '~/modules/api/parse-pagination';
import { presentRegion } from '~/modules/api/reference-presenters';
import { apiJson } from '~/modules/api/responses';
import { regionKinds } from '~/modules/reference/constants';
import { listRegions } from '~/modules/reference/list-regions.server';
import { guardPublic } from '~/permissions/guard.server';
import type { Route } from './+types/regions';

export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const url = new URL(request.url);
  const page = parsePagination(url, { maxLimit: 100 });
  const kind = parseEnumParam(url, 'kind', regionKinds);
  return apiJson(pageOf((await listRegions({ kind, withMembers: true })).map(presentRegion), page));
}
