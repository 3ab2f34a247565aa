import { filterError, parseEnumParam } from '~/modules/api/filter-error';
import { pageOf } from '~/modules/api/list-envelope';
import { parsePagination } from '~/modules/api/parse-pagination';
import { apiJson, apiNotFound } from '~/modules/api/responses';
import {
  type ContributionFilters,
  contributionActors,
  contributionTypes,
} from '~/modules/reviews/contributions/contribution-filters';
import { listContributions } from '~/modules/reviews/contributions/list-contributions.server';
import { presentContribution } from '~/modules/reviews/listing/review-presenters';
import { guardPublic } from '~/permissions/guard.server';
import { anonymousSubject } from '~/permissions/resolver';
import { isAppError } from '~/platform/errors';
import type { Route } from './+types/review-cycle-contributions';

/** The API's filters: like the page's, but a value it does not accept answers 400 instead of being ignored. */
function filtersOf(url: URL): ContributionFilters {
  const filters: ContributionFilters = {
    type: parseEnumParam(url, 'type', contributionTypes),
    actor: parseEnumParam(url, 'actor', contributionActors),
  };
  const country = url.searchParams.get('country');
  if (country) {
    if (!/^[A-Za-z]{3}$/.test(country)) throw filterError('country', 'ISO 3166 alpha-3');
    filters.country = country.toUpperCase();
  }
  const objective = url.searchParams.get('objective');
  if (objective) {
    const n = Number(objective);
    if (!/^\d{1,2}$/.test(objective) || n < 1 || n > 23) throw filterError('objective', '1..23');
    filters.objective = n;
  }
  return filters;
}

/**
 * Everything a cycle received and published, as its contributions page lists it: published national
 * and parallel reviews, the outcome, the synthesis, consultation summaries, and the contributions the
 * secretariat recorded (public once the cycle's first synthesis is published). Anonymous reader's view.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  const url = new URL(request.url);
  const page = parsePagination(url, { maxLimit: 200, defaultLimit: 100 });
  const filters = filtersOf(url);
  try {
    const { items } = await listContributions({ subject: anonymousSubject, cycleId: params.id, filters });
    return apiJson(pageOf(items.map(presentContribution), page), {
      headers: { 'Cache-Control': 'public, max-age=60' },
    });
  } catch (error) {
    if (isAppError(error) && error.status === 404) return apiNotFound();
    throw error;
  }
}
