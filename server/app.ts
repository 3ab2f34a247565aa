import crypto from 'node:crypto';
import path from 'node:path';
import { createRequestHandler } from '@react-router/express';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { AppLoadContext, ServerBuild } from 'react-router';
import { readContentStamp } from '~/modules/content/content-stamp.server';
import type { Config } from '~/platform/config.server';
import { openRequestMemo, type RequestContext, requestKeyHeader } from '~/platform/context';
import { cookiesFor } from '~/platform/cookies.server';
import { type Database, everyWriteCounted, writesFinished } from '~/platform/db.server';
import { logger } from '~/platform/logger.server';
import { memoisedRead } from '~/platform/memoised-read';
import { drainListenersFollowCompression } from './compression-drain';
import { conditionalGet } from './conditional-get';
import { loadStats, loadStatsPath } from './load-stats';
import { pageCache } from './page-cache';

/** Form posts are small; uploads get their own, larger cap on their own paths. */
export const maxFormBytes = 1024 * 1024;
export const maxUploadBytes = 25 * 1024 * 1024;
export const permissionsPolicy =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()';
const formBody = /^\s*(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i;
const uploadPaths = /\/(attachments|import|uploads?)(\/|$)/;

declare global {
  namespace Express {
    interface Locals {
      ctx: RequestContext;
    }
  }
}

export function createApp(options: {
  config: Config;
  database: Database;
  /** A function in development (rebuilt on change); the build itself in production, derived once. */
  getBuild: ServerBuild | (() => Promise<ServerBuild>);
  viteMiddleware?: express.RequestHandler;
  log?: Logger;
}) {
  const { config, database, getBuild, viteMiddleware, log: baseLog = logger } = options;
  const app = express();
  const cookies = cookiesFor(config);
  app.disable('x-powered-by');
  const trust = config.TRUST_PROXY;
  app.set('trust proxy', trust ? (/^\d+$/.test(trust) ? Number(trust) : trust) : false);

  if (config.LOAD_STATS) {
    const stats = loadStats(database);
    app.use(stats.count);
    app.get(loadStatsPath, stats.answer);
  }

  app.get('/healthz', (_req, res) => {
    res.type('text/plain').send('ok');
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await database.ping();
      if (!(await database.migrationsCurrent())) throw new Error('migrations pending');
      res.type('text/plain').send('ready');
    } catch {
      res.status(503).type('text/plain').send('not ready');
    }
  });

  app.use((req, res, next) => {
    const incoming = req.get('x-request-id');
    const requestId = incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : crypto.randomUUID();
    const log = baseLog.child({ requestId });
    let csrfCookie = cookies.read(req.get('cookie'), 'csrf');
    if (!csrfCookie || !/^[\w-]{20,100}$/.test(csrfCookie)) {
      csrfCookie = crypto.randomBytes(24).toString('base64url');
      res.append('Set-Cookie', cookies.serialize('csrf', csrfCookie));
    }
    const session = cookies.read(req.get('cookie'), 'session');
    res.locals.ctx = {
      requestId,
      cspNonce: crypto.randomBytes(16).toString('base64'),
      // Bound to the session: a token for a planted CSRF cookie is worth nothing to a signed-in
      // victim, and signing in (a new session) renews every form's token.
      csrfCookie: session ? `${csrfCookie}:${session}` : csrfCookie,
      clientIp: req.ip ?? '',
      log,
    };
    res.setHeader('X-Request-Id', requestId);
    const started = performance.now();
    res.on('finish', () => {
      // Path only: query strings can carry tokens.
      log.info(
        {
          method: req.method,
          path: req.path,
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    });
    next();
  });

  const isDev = Boolean(viteMiddleware);
  const nonceSource = (_req: unknown, res: unknown) => `'nonce-${(res as Response).locals.ctx.cspNonce}'`;
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: isDev ? ["'self'", "'unsafe-inline'"] : ["'self'", nonceSource],
          styleSrc: isDev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: isDev ? ["'self'", 'ws:'] : ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
          objectSrc: ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
      // no-referrer makes Chromium send "Origin: null" on plain form posts, which React Router refuses.
      referrerPolicy: { policy: 'same-origin' },
      strictTransportSecurity: config.isProduction,
    }),
  );
  // No page needs these browser features; a script injected despite the CSP cannot ask for them.
  app.use((_req, res, next) => {
    res.setHeader('Permissions-Policy', permissionsPolicy);
    next();
  });

  // Refuse oversized or unsized bodies before anything reads them; same-origin check on mutations.
  app.use((req, res, next) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return next();
    const length = Number(req.get('content-length') ?? Number.NaN);
    const cap = uploadPaths.test(req.path) ? maxUploadBytes : maxFormBytes;
    if (Number.isNaN(length)) return res.status(411).type('text/plain').send('Length Required');
    if (length > cap)
      return res.status(413).type('text/plain').send('Payload Too Large / الطلب أكبر من المسموح');
    // Pages take forms only: anything else is refused here rather than failing inside an action.
    if (!formBody.test(req.get('content-type') ?? '')) {
      return res
        .status(415)
        .type('text/html')
        .send(
          '<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8"><title>نوع الطلب غير مقبول — Unsupported request</title>' +
            '<p>يقبل الموقع النماذج المرسلة من صفحاته فقط.</p>' +
            '<p lang="en" dir="ltr">This site accepts only forms sent from its pages.</p></html>',
        );
    }
    const site = req.get('sec-fetch-site');
    if (site && site !== 'same-origin' && site !== 'none') {
      return res.status(403).type('text/plain').send('Cross-site request refused / طلب من موقع آخر مرفوض');
    }
    next();
  });

  app.use(
    compression({
      // JSON Lines (the bulk downloads) is not in the compressible types' list compression reads.
      filter: (req, res) =>
        compression.filter(req, res) || /^application\/jsonl\b/.test(String(res.getHeader('Content-Type'))),
    }),
  );
  app.use(drainListenersFollowCompression());
  app.use(
    conditionalGet({
      cookies,
      // Development rebuilds on every change, so its tag is per process.
      buildTag: typeof getBuild === 'function' ? crypto.randomUUID() : getBuild.assets.version,
      // About a second per read, renewed at once after a write of this process (see memoisedRead);
      // on the embedded store every write is this process's, so kept until the next one.
      readStamp: memoisedRead(() => readContentStamp(database.db), {
        ttlMs: everyWriteCounted(database.db) ? Number.POSITIVE_INFINITY : 1_000,
        writes: writesFinished,
      }),
    }),
  );
  if (!viteMiddleware) {
    app.use(
      pageCache({
        ttlMs: 5_000,
        // About 150 Arabic registry pages, or thousands of API answers (bounded by bytes: entryStore).
        maxBytes: 32 * 1024 * 1024,
        cookies,
      }),
    );
  }

  if (viteMiddleware) {
    app.use(viteMiddleware);
  } else {
    const client = path.resolve('build/client');
    app.use(
      '/assets',
      express.static(path.join(client, 'assets'), { immutable: true, maxAge: '1y', index: false }),
    );
    const rootFiles = express.static(client, { maxAge: '1h', index: false });
    // Only paths that look like files reach the disk; pages skip the stat call.
    app.use((req, res, next) => (path.extname(req.path) ? rootFiles(req, res, next) : next()));
  }

  const reactRouter = createRequestHandler({
    build: getBuild,
    mode: isDev ? 'development' : 'production',
    getLoadContext: (_req, res) => res.locals.ctx as unknown as AppLoadContext,
  });
  app.all('/{*splat}', (req, res, next) => {
    // The page's loaders share one memo (the viewer is read once, not once per loader).
    const memo = openRequestMemo();
    req.headers[requestKeyHeader] = memo.key; // replaces any value a client sent
    res.on('close', memo.close);
    return reactRouter(req, res, next);
  });

  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const ctx = res.locals.ctx;
    (ctx?.log ?? baseLog).error({ err: error, path: req.path }, 'unhandled error');
    if (res.headersSent) return;
    res
      .status(500)
      .type('text/html')
      .send(
        `<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8"><title>خطأ في الخادم — Server error</title>` +
          `<p>حدث خطأ غير متوقع. رقم الطلب: <bdi>${ctx?.requestId ?? ''}</bdi></p>` +
          `<p lang="en" dir="ltr">Something went wrong. Request id: ${ctx?.requestId ?? ''}</p></html>`,
      );
  });
  return app;
}
