import crypto from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { SiteCookies } from '~/platform/cookies';

/**
 * `ETag` / `If-None-Match` → `304` and `Cache-Control` for what anonymous readers GET: public pages,
 * the JSON API, feeds and the sitemap. The tag is a hash of what the answer depends on — the public
 * data's change stamp (one single-row read, no content rows), the deployed build, the URL, the day
 * (pages say "3 days left"), the digits and calendar preferences and, for pages, the CSRF cookie their forms are
 * bound to — so a matching tag means the same answer and the route is not run at all. Clients are
 * told to revalidate every time (`no-cache`), which is cheap and never stale. Signed-in readers,
 * administration pages and non-200 answers get no tag.
 */
const pagePath = /^\/(ar|en)(\/(?!admin(\/|$))|$)/;
const dataPath = /^\/(api\/v1\/|feeds\/|sitemaps\/|sitemap\.xml$|robots\.txt$)/;

export const pageCacheControl = 'private, no-cache';
export const dataCacheControl = 'public, no-cache';

export function conditionalGet(options: {
  cookies: SiteCookies;
  /** The deployed build: a new release changes every tag. */
  buildTag: string;
  readStamp: () => Promise<{ version: string }>;
}) {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const isPage = pagePath.test(req.path);
    if (!isPage && !dataPath.test(req.path)) return next();
    const cookies = req.get('cookie');
    if (options.cookies.read(cookies, 'session')) return next();
    let stamp: { version: string };
    try {
      stamp = await options.readStamp();
    } catch {
      // No stamp, no tag: the route answers (or renders its own error page, in the URL's language).
      return next();
    }
    const parts = [
      options.buildTag,
      stamp.version,
      new Date().toISOString().slice(0, 10),
      req.originalUrl,
      options.cookies.read(cookies, 'digits') ?? '',
      options.cookies.read(cookies, 'calendar') ?? '',
      isPage ? res.locals.ctx.csrfCookie : '',
    ];
    const etag = `W/"${crypto.createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 27)}"`;
    const cacheControl = isPage ? pageCacheControl : dataCacheControl;

    if (matches(req.get('if-none-match'), etag)) {
      // The browser keeps the stored page with its own nonce: a new CSP (new nonce) would replace
      // the stored one and block the page's scripts, and the CSRF cookie is unchanged (it is in the tag).
      res.removeHeader('Content-Security-Policy');
      res.removeHeader('Set-Cookie');
      res.setHeader('ETag', etag);
      res.setHeader('Cache-Control', cacheControl);
      if (isPage) res.setHeader('Vary', 'Cookie');
      res.status(304).end();
      return;
    }

    const writeHead = res.writeHead;
    res.writeHead = function (this: Response, ...args: unknown[]) {
      const status = typeof args[0] === 'number' ? args[0] : res.statusCode;
      if (status === 200) {
        res.setHeader('ETag', etag);
        res.setHeader('Cache-Control', cacheControl);
        if (isPage) res.vary('Cookie');
      }
      return (writeHead as (...a: unknown[]) => Response).apply(this, args);
    } as typeof res.writeHead;
    next();
  };
}

/** Weak comparison (RFC 9110 §13.1.2): `*` or any listed tag equal to ours, `W/` ignored. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '') === opaque;
  });
}
