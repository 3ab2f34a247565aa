import { discussionLanguages } from '#db/schema/hub-discussion-values';
import { filterError, parseEnumParam } from '~/modules/api/filter-error';
import { listEnvelope } from '~/modules/api/list-envelope';
import { parsePagination } from '~/modules/api/parse-pagination';
import { apiJson } from '~/modules/api/responses';
import { presentSpaceListItem } from '~/modules/hub/discussions/discussion-presenter';
import { listSpaces } from '~/modules/hub/discussions/list-spaces.server';
import { parseObjectiveNumber } from '~/modules/reference/constants';
import { listPrinciples } from '~/modules/reference/list-principles.server';
import { cachedReference } from '~/modules/reference/reference-cache.server';
import { guardPublic } from '~/permissions/guard.server';
import type { Route } from './+types/discussions';

/**
 * Public discussion spaces (signed-in spaces are never listed here), newest opening first; a bad
 * filter answers 400 naming what it allows. Items carry no person's name or e-mail.
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
  const { items, total } = await listSpaces({
    filters: {
      objective: objective === undefined ? undefined : parseObjectiveNumber(objective)!,
      principle,
      country,
      language: parseEnumParam(url, 'language', discussionLanguages),
      q,
    },
    ...page,
  });
  const now = new Date();
  return apiJson(
    listEnvelope(
      items.map((s) => presentSpaceListItem(s, now)),
      { ...page, total },
    ),
    {
      headers: { 'Cache-Control': 'public, max-age=60' },
    },
  );
}
