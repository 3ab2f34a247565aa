import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '~/platform/config.server';
import type { RequestContext } from '~/platform/context';
import { cookiesFor } from '~/platform/cookies.server';
import { type Platform, setPlatform } from '~/platform/platform.server';
import { entryStore, pageCache } from './page-cache';

/** The micro-cache on its own, in front of a handler that counts how often it really runs. */
describe('page cache', () => {
  let server: Server;
  let base: string;
  const computed = new Map<string, number>();
  let release: () => void = () => {};
  let gate = Promise.resolve();

  beforeAll(async () => {
    // The CSRF token placeholder is an HMAC with the session secret: the only platform part used.
    const config = loadConfig({ NODE_ENV: 'test', SESSION_SECRET: 'test-secret-test-secret-test-secret-00' });
    setPlatform({ config } as Platform);
    const app = express();
    let n = 0;
    app.use((_req, res, next) => {
      n++;
      res.locals.ctx = {
        requestId: `req-${n}`,
        cspNonce: `nonce-${n}`,
        csrfCookie: 'c'.repeat(32),
        clientIp: '',
      } as RequestContext;
      next();
    });
    // Stands for a middleware that waits before the cache (the ETag's stamp read): the client may leave meanwhile.
    app.use(async (req, _res, next) => {
      if (req.path.endsWith('/slow')) await gate;
      next();
    });
    app.use(pageCache({ ttlMs: 60_000, maxBytes: 1024 * 1024, cookies: cookiesFor(config) }));
    app.get('/{*splat}', async (req, res) => {
      computed.set(req.path, (computed.get(req.path) ?? 0) + 1);
      // Like a renderer streaming to a client that is gone: it never ends the response.
      if (req.socket.destroyed) return;
      await gate;
      if (req.path.endsWith('.csv')) {
        // A download larger than the cache keeps, written in pieces.
        res.type('text/csv');
        for (let i = 0; i < 40; i++) res.write(`${String(i).padStart(2, '0')}${'x'.repeat(64 * 1024)}\n`);
        res.end();
        return;
      }
      if (req.path.endsWith('/missing')) {
        res.status(404).type('application/json').send('{"error":"not found"}');
        return;
      }
      res.type('text/html').send(`<p>${req.path} ${res.locals.ctx.requestId}</p>`);
    });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(() => {
    server?.close();
    setPlatform(undefined);
  });

  const hold = () => {
    gate = new Promise<void>((resolve) => {
      release = resolve;
    });
  };

  it('computes a missing entry once while concurrent requests for it wait', async () => {
    hold();
    const responses = Array.from({ length: 20 }, () => fetch(`${base}/ar/objectives/7`));
    await new Promise((r) => setTimeout(r, 100));
    release();
    const results = await Promise.all(responses);
    const bodies = await Promise.all(results.map((r) => r.text()));
    expect(computed.get('/ar/objectives/7')).toBe(1);
    expect(results.every((r) => r.status === 200)).toBe(true);
    // Each waiter still gets its own request id in the body.
    expect(new Set(bodies).size).toBe(20);
    expect(results.filter((r) => r.headers.get('x-cache') === 'hit')).toHaveLength(19);
  });

  it('lets waiters compute for themselves when the first response was not cacheable', async () => {
    hold();
    const responses = Array.from({ length: 3 }, () => fetch(`${base}/api/v1/missing`));
    await new Promise((r) => setTimeout(r, 100));
    release();
    const results = await Promise.all(responses);
    expect(results.map((r) => r.status)).toEqual([404, 404, 404]);
    expect(computed.get('/api/v1/missing')).toBe(3);
  });

  it('does not hold a page for a client that left before the cache saw its request', async () => {
    hold();
    const leaving = new AbortController();
    const gone = fetch(`${base}/ar/objectives/8/slow`, { signal: leaving.signal }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 100));
    leaving.abort();
    await gone;
    await new Promise((r) => setTimeout(r, 100));
    release();
    await new Promise((r) => setTimeout(r, 100));
    const next = await fetch(`${base}/ar/objectives/8/slow`, { signal: AbortSignal.timeout(5_000) });
    expect(next.status).toBe(200);
  });

  it('passes a response larger than it keeps through whole, and does not keep it', async () => {
    for (const _ of [1, 2]) {
      const res = await fetch(`${base}/api/v1/datasets/large.csv`);
      expect(res.headers.get('x-cache')).toBeNull();
      const lines = (await res.text()).trim().split('\n');
      expect(lines.map((l) => l.slice(0, 2))).toEqual(
        Array.from({ length: 40 }, (_, i) => String(i).padStart(2, '0')),
      );
    }
    expect(computed.get('/api/v1/datasets/large.csv')).toBe(2);
  });

  it('keeps different URLs apart', async () => {
    const [a, b] = await Promise.all([
      fetch(`${base}/en/pledges?page=2`),
      fetch(`${base}/en/pledges?page=3`),
    ]);
    expect(a.headers.get('x-cache')).toBeNull();
    expect(b.headers.get('x-cache')).toBeNull();
  });
});

describe("the micro-cache's entries", () => {
  const page = (at: number, chars: number) => ({ at, body: 'ص'.repeat(chars) });

  it('evicts the oldest pages beyond its byte budget', () => {
    const store = entryStore({ ttlMs: 5_000, maxBytes: 1_000 });
    store.set('a', page(0, 200));
    store.set('b', page(1, 200));
    store.set('c', page(2, 200));
    // 3 × 400 bytes > 1,000: the oldest goes.
    expect(store.fresh('a', 3)).toBeUndefined();
    expect(store.fresh('b', 3)).toBeDefined();
    expect(store.fresh('c', 3)).toBeDefined();
    expect(store.bytes).toBe(800);
  });

  it('drops expired pages when another is stored', () => {
    const store = entryStore({ ttlMs: 5_000, maxBytes: 1_000_000 });
    store.set('a', page(0, 10));
    store.set('b', page(1_000, 10));
    store.set('c', page(5_500, 10));
    expect(store.size).toBe(2);
    expect(store.fresh('b', 5_500)).toBeDefined();
  });

  it('counts a page stored again once', () => {
    const store = entryStore({ ttlMs: 5_000, maxBytes: 1_000_000 });
    store.set('a', page(0, 10));
    store.set('a', page(1, 30));
    expect(store.size).toBe(1);
    expect(store.bytes).toBe(60);
  });

  it('keeps nothing larger than its budget', () => {
    const store = entryStore({ ttlMs: 5_000, maxBytes: 100 });
    store.set('a', page(0, 51));
    expect(store.size).toBe(0);
    expect(store.bytes).toBe(0);
  });
});
