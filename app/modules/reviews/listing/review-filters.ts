import { type ReviewKind, reviewKinds } from '#db/schema/review-values';

/** The filters of the published reviews (index page and API): cycle, country, kind, objective. */
export const reviewFilterFields = ['cycle', 'country', 'kind', 'objective'] as const;
export type ReviewFilterField = (typeof reviewFilterFields)[number];

export interface ReviewFilters {
  cycle?: string;
  country?: string;
  kind?: ReviewKind;
  objective?: number;
}

export interface ReviewFilterChoices {
  /** Ids of the public (open or closed) cycles. */
  cycles: string[];
  countries: string[];
}

export type ParsedReviewFilters =
  | { ok: true; filters: ReviewFilters }
  | { ok: false; field: ReviewFilterField; allowed: string | string[]; filters: ReviewFilters };

/**
 * Reads the filters from a query string. The first value not accepted is reported with what the
 * field allows (for the API's 400); the other filters still apply (for pages).
 */
export function parseReviewFilters(
  params: URLSearchParams,
  choices: ReviewFilterChoices,
): ParsedReviewFilters {
  const filters: ReviewFilters = {};
  let failure: { field: ReviewFilterField; allowed: string | string[] } | undefined;
  const raw = (field: ReviewFilterField) => params.get(field)?.trim() || undefined;

  const cycle = raw('cycle');
  if (cycle !== undefined) {
    const match = choices.cycles.find((id) => id.toLowerCase() === cycle.toLowerCase());
    if (match) filters.cycle = match;
    else failure ??= { field: 'cycle', allowed: choices.cycles };
  }
  const country = raw('country');
  if (country !== undefined) {
    const match = choices.countries.find((iso) => iso === country.toUpperCase());
    if (match) filters.country = match;
    else failure ??= { field: 'country', allowed: choices.countries };
  }
  const kind = raw('kind');
  if (kind !== undefined) {
    if ((reviewKinds as readonly string[]).includes(kind)) filters.kind = kind as ReviewKind;
    else failure ??= { field: 'kind', allowed: [...reviewKinds] };
  }
  const objective = raw('objective');
  if (objective !== undefined) {
    const n = /^\d{1,2}$/.test(objective) ? Number(objective) : Number.NaN;
    if (n >= 1 && n <= 23) filters.objective = n;
    else failure ??= { field: 'objective', allowed: '1..23' };
  }
  return failure ? { ok: false, ...failure, filters } : { ok: true, filters };
}

/** The query string of a filter set, for links. */
export function reviewFilterQuery(filters: ReviewFilters): string {
  const params = new URLSearchParams();
  for (const field of reviewFilterFields) {
    const value = filters[field];
    if (value !== undefined) params.set(field, String(value));
  }
  return params.toString();
}
