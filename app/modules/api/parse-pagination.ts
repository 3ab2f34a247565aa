import { filterError } from './filter-error';

export interface Pagination {
  limit: number;
  offset: number;
}

/**
 * `limit` (1..max, default `defaultLimit`) and `offset` (≥ 0, default 0) from the query string;
 * a bad value throws a 400 filter error naming the allowed range.
 */
export function parsePagination(
  url: URL,
  options: { defaultLimit?: number; maxLimit?: number } = {},
): Pagination {
  const { maxLimit = 100, defaultLimit = maxLimit } = options;
  const limit = parseInteger(url.searchParams.get('limit'), defaultLimit, 1, maxLimit);
  if (limit === null) throw filterError('limit', `1..${maxLimit}`);
  const offset = parseInteger(url.searchParams.get('offset'), 0, 0, 1_000_000);
  if (offset === null) throw filterError('offset', '0..1000000');
  return { limit, offset };
}

function parseInteger(raw: string | null, fallback: number, min: number, max: number): number | null {
  if (raw === null || raw === '') return fallback;
  if (!/^\d{1,7}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= min && n <= max ? n : null;
}
