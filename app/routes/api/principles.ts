import { pageOf } from '~/modules/api/list-envelope';
import { parsePagination } from '~/modules/api/parse-pagination';
import { presentPrinciple } from '~/modules/api/reference-presenters';
import { apiJson } from '~/modules/api/responses';
import { listPrinciples } from '~/modules/reference/list-principles.server';
import { guardPublic } from '~/permissions/guard.server';
import type { Route } from './+types/principles';

export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const page = parsePagination(new URL(request.url), { maxLimit: 100 });
  return apiJson(pageOf((await listPrinciples()).map(presentPrinciple), page));
}
