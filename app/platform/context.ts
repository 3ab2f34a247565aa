import type { Logger } from 'pino';

/** Per-request values the HTTP server hands to every loader and action. */
export interface RequestContext {
  requestId: string;
  cspNonce: string;
  /**
   * The CSRF secret: the CSRF cookie, followed by the session cookie when signed in (server/app.ts);
   * forms carry an HMAC of it (csrfTokenFor), so a token is good for one browser and one session.
   */
  csrfCookie: string;
  clientIp: string;
  log: Logger;
}

declare module 'react-router' {
  interface AppLoadContext extends RequestContext {}
}

/**
 * React Router hands each loader of a page its own copy of the Request (the root's and the
 * route's), so a memo keyed by the Request object is read once per loader, not once per page. The
 * server names each HTTP request with a random key in this header, set by itself (a value a
 * client sent is replaced), and the loaders' copies carry it to the request's one memo.
 */
export const requestKeyHeader = 'x-marsad-request-key';

// Through globalThis: the HTTP server's bundle opens the memos, the app's bundle reads them
// (the same reason as platform.server.ts).
const memosKey = Symbol.for('marsad.requestMemos');
type Holder = { [memosKey]?: Map<string, Map<string, unknown>> };
const holder = globalThis as Holder;
holder[memosKey] ??= new Map();
const memos = holder[memosKey];
const perRequestObject = new WeakMap<Request, Map<string, unknown>>();

/**
 * Opens the memo of one HTTP request (server/app.ts, tests/http.ts): put `key` in the request's
 * `requestKeyHeader`, and `close` when the response is done.
 */
export function openRequestMemo(): { key: string; close: () => void } {
  const key = crypto.randomUUID();
  memos.set(key, new Map());
  return { key, close: () => memos.delete(key) };
}

/**
 * `compute()` once per HTTP request for this slot, however many loaders ask. Only reads share it:
 * a POST runs its action before the loaders, and what the action changed (a session, roles,
 * preferences) must be read afresh, so other methods memoise per Request object only. Requests
 * the server did not name (tests calling a loader directly) get the same per-object memo.
 */
export function requestMemo<T>(request: Request, slot: string, compute: () => T): T {
  const key =
    request.method === 'GET' || request.method === 'HEAD' ? request.headers.get(requestKeyHeader) : null;
  let memo = key ? memos.get(key) : undefined;
  if (!memo) {
    memo = perRequestObject.get(request);
    if (!memo) {
      memo = new Map();
      perRequestObject.set(request, memo);
    }
  }
  if (!memo.has(slot)) memo.set(slot, compute());
  return memo.get(slot) as T;
}
