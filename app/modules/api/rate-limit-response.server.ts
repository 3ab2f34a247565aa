import { hit, type RateLimitWindow } from '~/platform/rate-limit.server';

/**
 * Counts a request against a per-address limit; over it, throws a 429 JSON error with
 * `Retry-After` (seconds) so clients know when to come back.
 */
export async function enforceApiRateLimit(key: string, window: RateLimitWindow): Promise<void> {
  const result = await hit(key, window);
  if (result.allowed) return;
  throw Response.json(
    { error: { code: 'tooManyRequests', message: `Retry after ${result.retryAfterSeconds} s.` } },
    {
      status: 429,
      headers: {
        'Retry-After': String(result.retryAfterSeconds),
        'Cache-Control': 'no-store',
        'Access-Control-Allow-Origin': '*',
      },
    },
  );
}
