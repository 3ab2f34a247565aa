/** Page numbers from a `?page=` parameter: 1-based, clamped, with the matching offset. */
export function pageFrom(
  searchParams: URLSearchParams,
  pageSize: number,
): { page: number; limit: number; offset: number } {
  const raw = Number(searchParams.get('page') ?? '1');
  const page = Number.isInteger(raw) && raw >= 1 && raw <= 100_000 ? raw : 1;
  return { page, limit: pageSize, offset: (page - 1) * pageSize };
}
