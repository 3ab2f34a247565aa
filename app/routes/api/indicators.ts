import { filterError } from '~/modules/api/filter-error';
import { listEnvelope } from '~/modules/api/list-envelope';
import { parsePagination } from '~/modules/api/parse-pagination';
import { apiJson } from '~/modules/api/responses';
import { presentIndicator } from '~/modules/indicators/indicator-presenter';
import { listIndicators } from '~/modules/indicators/indicator-records.server';
import { objectiveCount } from '~/modules/reference/constants';
import { guardPublic } from '~/permissions/guard.server';
import type { Route } from './+types/indicators';

/** The catalogue of GCM indicators (provisional entries flagged), optionally those of one objective. */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const url = new URL(request.url);
  const page = parsePagination(url, { maxLimit: 100, defaultLimit: 100 });
  const rawObjective = url.searchParams.get('objective');
  let objective: number | undefined;
  if (rawObjective !== null && rawObjective !== '') {
    objective = Number(rawObjective);
    if (!Number.isInteger(objective) || objective < 1 || objective > objectiveCount)
      throw filterError('objective', `1..${objectiveCount}`);
  }
  const all = await listIndicators({ objective });
  const items = all.slice(page.offset, page.offset + page.limit);
  return apiJson(listEnvelope(items.map(presentIndicator), { ...page, total: all.length }), {
    headers: { 'Cache-Control': 'public, max-age=60' },
  });
}
