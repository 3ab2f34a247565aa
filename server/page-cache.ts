import type { NextFunction, Request, Response } from 'express';
import type { SiteCookies } from '~/platform/cookies';
import { csrfTokenFor } from '~/platform/forms.server';

/**
 * A few seconds of caching for what anonymous readers see on public pages and read from the open-data
 * API (a "micro-cache", as a reverse proxy would do). Pages differ per request only by the CSP nonce, the CSRF token and the
 * request id; they are stored with placeholders and filled in for every response. Signed-in
 * users, administration pages and anything but a plain 200 HTML page are never cached, and any
 * mutation on this instance clears the cache (other instances catch up within `ttlMs`).
 * Misses are coalesced: while one request computes an entry, concurrent requests for the same key
 * wait for it instead of all reaching the database (an expiry would otherwise stampede).
 */
const placeholders = { nonce: '\u0000NONCE\u0000', csrf: '\u0000CSRF\u0000', requestId: '\u0000REQID\u0000' };
const cacheablePath = /^\/((ar|en)(\/(?!admin(\/|$))|$)|api\/v1\/)/;
const cacheableTypes = /^(text\/html|application\/json|text\/csv)/;
/** Headers a cached response must carry again (CORS, caching, download names). */
const keptHeaders = ['cache-control', 'access-control-allow-origin', 'content-disposition', 'vary'];
/** Large exports stream through uncached. */
const maxBodyBytes = 1024 * 1024;
export const isCacheablePath = (path: string) => cacheablePath.test(path);

interface Entry {
  at: number;
  body: string;
  contentType: string;
  headers: [string, string][];
  cookies: string[];
}

/**
 * The entries, oldest first, within `maxBytes` of bodies (counted at two bytes a character, as V8 keeps
 * an Arabic page): a byte bound, not a count, since a registry page is a hundred times an API answer.
 * Every store drops the expired entries from the front too, so a burst of one-off URLs (crawlers, the
 * benchmark's unique URLs) does not leave dead pages in the heap until the next burst pushes them out.
 */
export function entryStore<E extends { at: number; body: string }>(options: {
  ttlMs: number;
  maxBytes: number;
}) {
  const entries = new Map<string, E>();
  let bytes = 0;
  const size = (entry: E) => entry.body.length * 2;
  const remove = (key: string, entry: E) => {
    entries.delete(key);
    bytes -= size(entry);
  };
  return {
    fresh(key: string, now = Date.now()): E | undefined {
      const hit = entries.get(key);
      return hit && now - hit.at < options.ttlMs ? hit : undefined;
    },
    set(key: string, entry: E) {
      const old = entries.get(key);
      if (old) remove(key, old);
      entries.set(key, entry);
      bytes += size(entry);
      for (const [oldest, first] of entries) {
        if (bytes <= options.maxBytes && entry.at - first.at < options.ttlMs) break;
        remove(oldest, first);
      }
    },
    clear() {
      entries.clear();
      bytes = 0;
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}

export function pageCache(options: { ttlMs: number; maxBytes: number; cookies: SiteCookies }) {
  const entries = entryStore<Entry>(options);
  /** Keys being computed now → settled when that response has ended (stored or not). */
  const inFlight = new Map<string, Promise<void>>();

  return (req: Request, res: Response, next: NextFunction) => {
    if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(req.method)) {
      entries.clear();
      return next();
    }
    const cookieHeader = req.get('cookie');
    if (req.method !== 'GET' || !isCacheablePath(req.path) || options.cookies.read(cookieHeader, 'session')) {
      return next();
    }
    const key = `${req.originalUrl}\u0000${options.cookies.read(cookieHeader, 'digits') ?? ''}`;
    const ctx = res.locals.ctx;
    const token = csrfTokenFor(ctx.csrfCookie);
    const fresh = () => entries.fresh(key);
    const hit = fresh();
    if (hit) return serve(hit);
    const computing = inFlight.get(key);
    if (computing) {
      // Served from what the first request stored; computed here only if it stored nothing (an error, a 404).
      void computing.then(() => {
        const stored = fresh();
        if (stored) serve(stored);
        else next();
      });
      return;
    }
    // A client that left while an earlier middleware waited (the ETag's stamp read) has closed the
    // response already: its 'close' will not come again, and a handler writing to the gone client may
    // never end, so this request must not hold the key (later requests would wait for it for ever).
    if (req.socket.destroyed) return next();
    let resolveDone = () => {};
    const done = new Promise<void>((resolve) => {
      resolveDone = resolve;
    });
    inFlight.set(key, done);
    const settle = () => {
      if (inFlight.get(key) === done) inFlight.delete(key);
      resolveDone();
    };
    res.once('close', settle);

    function serve(hit: Entry) {
      const body = hit.body
        .replaceAll(placeholders.nonce, ctx.cspNonce)
        .replaceAll(placeholders.csrf, token)
        .replaceAll(placeholders.requestId, ctx.requestId);
      for (const cookie of hit.cookies) res.append('Set-Cookie', cookie);
      for (const [name, value] of hit.headers) res.setHeader(name, value);
      res.setHeader('X-Cache', 'hit');
      res.status(200).type(hit.contentType).send(body);
    }

    let chunks: Buffer[] | undefined = [];
    let captured = 0;
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const capture = (chunk: unknown, encoding?: unknown) => {
      if (!chunks || chunk === undefined || chunk === null || typeof chunk === 'function') return;
      const bytes =
        typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : Buffer.from(chunk as Uint8Array);
      captured += bytes.length;
      // Too large to store: stop copying at once, or a bulk download would be held whole until it ends.
      if (captured > maxBodyBytes) chunks = undefined;
      else chunks.push(bytes);
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      capture(chunk, rest[0]);
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      capture(chunk, rest[0]);
      store();
      settle();
      return (end as (...a: unknown[]) => Response)(chunk, ...rest);
    }) as typeof res.end;

    function store() {
      const contentType = String(res.getHeader('content-type') ?? '');
      if (!chunks || res.statusCode !== 200 || !cacheableTypes.test(contentType)) return;
      const setCookies = [res.getHeader('set-cookie') ?? []].flat().map(String);
      // The CSRF cookie is per browser and set before this point; anything else must be the locale cookie.
      const { names } = options.cookies;
      const cookies = setCookies.filter((c) => !c.startsWith(`${names.csrf}=`));
      if (cookies.some((c) => !c.startsWith(`${names.locale}=`))) return;
      const body = Buffer.concat(chunks)
        .toString('utf8')
        .replaceAll(ctx.cspNonce, placeholders.nonce)
        .replaceAll(token, placeholders.csrf)
        .replaceAll(ctx.requestId, placeholders.requestId);
      const headers = keptHeaders.flatMap((name): [string, string][] => {
        const value = res.getHeader(name);
        return value === undefined ? [] : [[name, String(value)]];
      });
      entries.set(key, { at: Date.now(), body, contentType, headers, cookies });
    }
    next();
  };
}
