import { openApiDocument } from '~/modules/api/openapi';
import { apiJson } from '~/modules/api/responses';
import { guardPublic } from '~/permissions/guard.server';
import type { Route } from './+types/openapi';

export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  return apiJson(openApiDocument());
}
