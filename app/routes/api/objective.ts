import { presentObjective } from '~/modules/api/reference-presenters';
import { apiJson, apiNotFound } from '~/modules/api/responses';
import { countPublicContent } from '~/modules/content/count-content.server';
import { parseObjectiveNumber } from '~/modules/reference/constants';
import { getObjective } from '~/modules/reference/get-objective.server';
import { guardPublic } from '~/permissions/guard.server';
import type { Route } from './+types/objective';

export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  const number = parseObjectiveNumber(params.number);
  const objective = number === null ? null : await getObjective({ number });
  if (!objective) return apiNotFound();
  const publicContent = await countPublicContent({ objective: objective.number });
  return apiJson({ data: { ...presentObjective(objective), publicContent } });
}
