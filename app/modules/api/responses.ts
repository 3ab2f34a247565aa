/**
 * JSON responses of the public API. Anyone may store them and read them from any origin, but must
 * revalidate (the server answers a matching ETag with 304, see server/conditional-get.ts); errors
 * are never cached.
 */
export const publicCacheHeaders = {
  'Cache-Control': 'public, no-cache',
  'Access-Control-Allow-Origin': '*',
} as const;

const errorHeaders = { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' } as const;

export function apiJson(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return Response.json(body, {
    status: init.status ?? 200,
    headers: { ...publicCacheHeaders, ...init.headers },
  });
}

export interface ApiError {
  error: { code: string; field?: string; allowed?: string | string[]; message?: string };
}

export function apiError(status: number, error: ApiError['error']): Response {
  return Response.json({ error } satisfies ApiError, { status, headers: errorHeaders });
}

export const apiNotFound = () => apiError(404, { code: 'notFound' });
