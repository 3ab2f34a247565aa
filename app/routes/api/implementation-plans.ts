import { filterError } from '~/modules/api/filter-error';
import { listEnvelope } from '~/modules/api/list-envelope';
import { parsePagination } from '~/modules/api/parse-pagination';
import { apiJson } from '~/modules/api/responses';
import { listPlans, parsePlanFilters } from '~/modules/plans/list-plans.server';
import { loadPlanContents } from '~/modules/plans/plan-contents.server';
import { planFilterChoices } from '~/modules/plans/plan-filter-choices.server';
import { presentPlan } from '~/modules/plans/plan-presenter';
import { guardPublic } from '~/permissions/guard.server';
import { getDb } from '~/platform/platform.server';
import type { Route } from './+types/implementation-plans';

/** Published national implementation plans with their actions, progress and roll-up by objective. */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const url = new URL(request.url);
  const page = parsePagination(url, { maxLimit: 50, defaultLimit: 20 });
  const parsed = parsePlanFilters(url.searchParams, await planFilterChoices());
  if (!parsed.ok) throw filterError(parsed.field, parsed.allowed);
  const { items, total } = await listPlans({ filters: parsed.filters, ...page });
  const contents = await loadPlanContents(
    getDb(),
    items.map((p) => p.id),
  );
  return apiJson(
    listEnvelope(
      items.map((p) => presentPlan(p, contents.get(p.id)!)),
      { ...page, total },
    ),
    {
      headers: { 'Cache-Control': 'public, max-age=60' },
    },
  );
}
