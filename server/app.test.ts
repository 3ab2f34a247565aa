import http, { type Server } from 'node:http';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import type { ServerBuild } from 'react-router';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { csrfTokenFor } from '~/platform/forms.server';
import { createTestPlatform } from '../tests/platform';
import { createApp } from './app';
import { isCacheablePath } from './page-cache';

/** The HTTP layer itself: headers, health, body limits, cross-site refusal, request ids in errors and logs. */
describe('server', () => {
  let server: Server;
  let base: string;
  let platform: Awaited<ReturnType<typeof createTestPlatform>>;
  const logLines: string[] = [];

  beforeAll(async () => {
    platform = await createTestPlatform();
    const build = (await import(`${process.cwd()}/build/server/index.js`)) as ServerBuild;
    const sink = new Writable({
      write(chunk, _enc, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    const app = createApp({
      config: platform.config,
      database: platform.database,
      getBuild: build,
      log: pino({ level: 'info' }, sink),
    });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(async () => {
    server?.close();
    await platform?.close().catch(() => {});
  });

  it('answers health and readiness', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.text()).toBe('ready');
  });

  it('sends a strict CSP with a per-request nonce used by every script', async () => {
    const res = await fetch(`${base}/ar`);
    const csp = res.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    const again = await fetch(`${base}/ar`);
    expect(again.headers.get('content-security-policy')).not.toContain(nonce!);
  });

  it('sets the CSRF cookie httpOnly and SameSite', async () => {
    const res = await fetch(`${base}/ar`);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/marsad_csrf=[\w-]{20,}/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
  });

  it('refuses oversized and unsized bodies before reading them', async () => {
    const big = await fetch(`${base}/ar/sign-in`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': String(5 * 1024 * 1024),
      },
      body: 'x'.repeat(5 * 1024 * 1024),
    });
    expect(big.status).toBe(413);
  });

  it('refuses cross-site mutations', async () => {
    const res = await fetch(`${base}/ar/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
      body: 'email=a%40b.org',
    });
    expect(res.status).toBe(403);
  });

  it('echoes a request id and logs it, without the query string', async () => {
    const res = await fetch(`${base}/ar/reset-password?token=secret-token-value`, {
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(res.headers.get('x-request-id')).toBe('abc-123');
    await res.text();
    await vi.waitFor(() => expect(logLines.find((l) => l.includes('"requestId":"abc-123"'))).toBeDefined());
    expect(logLines.join('')).not.toContain('secret-token-value');
  });

  it('serves anonymous public pages from a short cache with a fresh nonce, CSRF token and request id', async () => {
    // A page that hydrates (its data carries the request id); read-only pages carry none (decision 57).
    const first = await fetch(`${base}/ar/sign-in`, {
      headers: { cookie: 'marsad_csrf=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' },
    });
    await first.text();
    const second = await fetch(`${base}/ar/sign-in`, {
      headers: { cookie: 'marsad_csrf=bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'x-request-id': 'cached-req' },
    });
    expect(second.headers.get('x-cache')).toBe('hit');
    const html = await second.text();
    const nonce = /'nonce-([^']+)'/.exec(second.headers.get('content-security-policy') ?? '')?.[1];
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce}"`);
    expect(html).toContain(`value="${csrfTokenFor('bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb')}"`);
    expect(html).not.toContain(csrfTokenFor('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'));
    expect(html).toContain('cached-req');
    expect(html).not.toContain('\u0000');
  });

  it('never serves a cached page to a signed-in user or an admin page, and a mutation clears the cache', async () => {
    await (await fetch(`${base}/en/principles`)).text();
    const signedIn = await fetch(`${base}/en/principles`, { headers: { cookie: 'marsad_session=whatever' } });
    expect(signedIn.headers.get('x-cache')).toBeNull();
    await signedIn.text();
    expect((await fetch(`${base}/en/principles`)).headers.get('x-cache')).toBe('hit');
    await fetch(`${base}/en/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=x',
    });
    expect((await fetch(`${base}/en/principles`)).headers.get('x-cache')).toBeNull();
    expect(['/ar', '/ar/objectives/7', '/en/countries', '/api/v1/objectives'].every(isCacheablePath)).toBe(
      true,
    );
    expect(['/ar/admin', '/en/admin/users', '/healthz', '/'].some(isCacheablePath)).toBe(false);
  });

  it('serves open-data API lists from the short cache with their CORS and caching headers', async () => {
    const first = await fetch(`${base}/api/v1/principles?limit=5`);
    const body = await first.text();
    const second = await fetch(`${base}/api/v1/principles?limit=5`);
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(second.headers.get('content-type')).toContain('application/json');
    expect(second.headers.get('access-control-allow-origin')).toBe(
      first.headers.get('access-control-allow-origin'),
    );
    expect(second.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
    expect(await second.text()).toBe(body);
    const refused = await fetch(`${base}/api/v1/countries?region=nowhere`);
    expect(refused.status).toBe(400);
    expect((await fetch(`${base}/api/v1/countries?region=nowhere`)).headers.get('x-cache')).toBeNull();
  });

  it('streams a whole dataset gzipped to a slow client, as CSV and JSON Lines, with no listener left behind', async () => {
    // Enough rows for the writer to wait on the gzip stream many times (a wait per batch of 500).
    await platform.database.db.execute(sql`insert into content_items (type, id, visibility, status, title, summary, updated_at, path)
      select 'pledge', 'bulk-' || lpad(g::text, 5, '0'), 'public', 'published', jsonb_build_object('en', 'Pledge ' || g),
        jsonb_build_object('ar', repeat('تعهد ' || g || ' ', 40), 'en', repeat(md5(g::text), 8)), now(), '/pledges/bulk-' || g
      from generate_series(1, 8000) g`);
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      for (const format of ['csv', 'jsonl']) {
        const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
          http
            .get(
              `${base}/api/v1/datasets/pledge.${format}`,
              { headers: { 'accept-encoding': 'gzip' } },
              resolve,
            )
            .on('error', reject);
        });
        expect(res.headers['content-encoding']).toBe('gzip');
        const pieces: Buffer[] = [];
        const slowReader = new Writable({
          highWaterMark: 16 * 1024,
          write(data: Buffer, _encoding, done) {
            pieces.push(data);
            setImmediate(done);
          },
        });
        await pipeline(res, zlib.createGunzip(), slowReader);
        const ids = Buffer.concat(pieces)
          .toString('utf8')
          .split('\n')
          .filter((line) => line.includes('bulk-'));
        expect(ids, format).toHaveLength(8000);
      }
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  // Last: it closes the database.
  it('shows a 500 page with the request id, in the URL language, when the database fails', async () => {
    await platform.database.close();
    const res = await fetch(`${base}/en/objectives/7`, { headers: { 'x-request-id': 'req-500-test' } });
    expect(res.status).toBe(500);
    const html = await res.text();
    expect(html).toContain('<html lang="en" dir="ltr"');
    expect(html).toContain('Server error');
    expect(html).toContain('req-500-test');
    await vi.waitFor(() =>
      expect(logLines.some((l) => l.includes('req-500-test') && l.includes('"level":50'))).toBe(true),
    );
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
  });
});
