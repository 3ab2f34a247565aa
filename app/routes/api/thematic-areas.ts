import { pageOf } from '~/modules/api/list-envelope';
import { parsePagination } from '~/modules/api/parse-pagination';
import { presentThematicArea } from '~/modules/api/reference-presenters';
import { apiJson } from '~/modules/api/responses';
import { listThematicAreas } from '~/modules/reference/list-thematic-areas.server';
import { guardPublic } from '~/permissions/guard.server';
import type { Route } from './+types/thematic-areas';

export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const page = parsePagination(new URL(request.url), { maxLimit: 100 });
  return apiJson(pageOf((await listThematicAreas()).map(presentThematicArea), page));
}
