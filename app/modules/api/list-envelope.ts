import type { Pagination } from './parse-pagination';

/**
 * The shape of every list the API answers: `{ data, page: { total, limit, offset } }`. A list that
 * caps its count adds `totalCapped` (there are more than `total`), one with keyset paging adds
 * `next` (the `after` value of the following page, null on the last).
 */
export interface ListEnvelope<T> {
  data: T[];
  page: { total: number; limit: number; offset: number; totalCapped?: boolean; next?: string | null };
}

export function listEnvelope<T>(
  data: T[],
  page: Pagination & { total: number; totalCapped?: boolean; next?: string | null },
): ListEnvelope<T> {
  return {
    data,
    page: {
      total: page.total,
      limit: page.limit,
      offset: page.offset,
      ...(page.totalCapped === undefined ? {} : { totalCapped: page.totalCapped }),
      ...(page.next === undefined ? {} : { next: page.next }),
    },
  };
}

/** Pages an in-memory list (for small reference lists read whole). */
export function pageOf<T>(all: T[], page: Pagination): ListEnvelope<T> {
  return listEnvelope(all.slice(page.offset, page.offset + page.limit), { ...page, total: all.length });
}
