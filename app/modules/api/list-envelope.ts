import type { Pagination } from './parse-pagination';

/** The shape of every list the API answers: `{ data, page: { total, limit, offset } }`. */
export interface ListEnvelope<T> {
  data: T[];
  page: { total: number; limit: number; offset: number };
}

export function listEnvelope<T>(data: T[], page: Pagination & { total: number }): ListEnvelope<T> {
  return { data, page: { total: page.total, limit: page.limit, offset: page.offset } };
}

/** Pages an in-memory list (for small reference lists read whole). */
export function pageOf<T>(all: T[], page: Pagination): ListEnvelope<T> {
  return listEnvelope(all.slice(page.offset, page.offset + page.limit), { ...page, total: all.length });
}
