import { expertLanguages } from '#db/schema/hub-expert-values';
import { filterError, parseEnumParam } from '~/modules/api/filter-error';
import { listEnvelope } from '~/modules/api/list-envelope';
import { parsePagination } from '~/modules/api/parse-pagination';
import { apiJson } from '~/modules/api/responses';
import { presentExpert } from '~/modules/hub/experts/expert-presenter';
import { listExperts } from '~/modules/hub/experts/list-experts.server';
import { parseObjectiveNumber } from '~/modules/reference/constants';
import { listPrinciples } from '~/modules/reference/list-principles.server';
import { cachedReference } from '~/modules/reference/reference-cache.server';
import { guardPublic } from '~/permissions/guard.server';
import type { Route } from './+types/experts';

/**
 * Approved experts of the Hub, filtered like the experts page; never an e-mail or a telephone (the
 * presenter names the public fields one by one). A bad filter answers 400 naming what it allows.
 */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const url = new URL(request.url);
  const page = parsePagination(url, { maxLimit: 100, defaultLimit: 50 });
  const raw = (k: string) => url.searchParams.get(k) || undefined;
  const objective = raw('objective');
  if (objective !== undefined && parseObjectiveNumber(objective) === null)
    throw filterError('objective', '1..23');
  const country = raw('country');
  if (country !== undefined && !/^[A-Za-z]{3}$/.test(country)) throw filterError('country', 'ISO3');
  const principle = raw('principle');
  if (principle !== undefined) {
    const keys = await cachedReference('api:principle-keys', async () =>
      (await listPrinciples()).map((p) => p.key),
    );
    if (!keys.includes(principle)) throw filterError('principle', keys);
  }
  const q = raw('q');
  if (q !== undefined && q.length > 200) throw filterError('q', '1..200 characters');
  const { items, total } = await listExperts({
    filters: {
      objective: objective === undefined ? undefined : parseObjectiveNumber(objective)!,
      principle,
      country,
      region: raw('region'),
      language: parseEnumParam(url, 'language', expertLanguages),
      q,
    },
    ...page,
  });
  return apiJson(listEnvelope(items.map(presentExpert), { ...page, total }), {
    headers: { 'Cache-Control': 'public, max-age=60' },
  });
}
