import type { Pagination } from './parse-pagination';

/**
 * The shape of every list the API answers: `{ data, page: { total, totalCapped, limit, offset } }`.
 * `totalCapped` is on every list, so "how many, and is that all" reads the same everywhere: true
 * when the list stopped counting (there are more than `total`), false for lists counted exactly.
 * A list with keyset paging adds `next` (the `after` value of the following page, null on the last).
 */
export interface ListEnvelope<T> {
  data: T[];
  page: { total: number; totalCapped: boolean; limit: number; offset: number; next?: string | null };
}

export function listEnvelope<T>(
  data: T[],
  page: Pagination & { total: number; totalCapped?: boolean; next?: string | null },
): ListEnvelope<T> {
  return {
    data,
    page: {
      total: page.total,
      totalCapped: page.totalCapped ?? false,
      limit: page.limit,
      offset: page.offset,
      ...(page.next === undefined ? {} : { next: page.next }),
    },
  };
}

/** Pages an in-memory list (for small reference lists read whole). */
export function pageOf<T>(all: T[], page: Pagination): ListEnvelope<T> {
  return listEnvelope(all.slice(page.offset, page.offset + page.limit), { ...page, total: all.length });
}
