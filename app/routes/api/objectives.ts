import { listEnvelope } from '~/modules/api/list-envelope';
import { parsePagination } from '~/modules/api/parse-pagination';
import { presentObjective } from '~/modules/api/reference-presenters';
import { apiJson } from '~/modules/api/responses';
import { listObjectives } from '~/modules/reference/list-objectives.server';
import { guardPublic } from '~/permissions/guard.server';
import type { Route } from './+types/objectives';

export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const page = parsePagination(new URL(request.url), { maxLimit: 100 });
  const { items, total } = await listObjectives(page);
  return apiJson(listEnvelope(items.map(presentObjective), { ...page, total }));
}
