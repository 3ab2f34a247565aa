import type { Server } from 'node:http';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import type { ServerBuild } from 'react-router';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '#seed/factories';
import { createPledge } from '#seed/pledge-factories';
import { createSession } from '~/modules/accounts/session.server';
import { readContentStamp } from '~/modules/content/content-stamp.server';
import { createTestPlatform, testStores, useTestPlatform } from '../tests/platform';
import { createApp } from './app';

/**
 * ETag / If-None-Match → 304 on the real server: a repeated GET revalidates without running the
 * route, and a change to public data (or reference data) gives a new tag at once.
 */
describe('conditional GET', () => {
  let server: Server;
  let base: string;
  let platform: Awaited<ReturnType<typeof createTestPlatform>>;
  const cookie = 'marsad_csrf=conditional-get-test-cookie-0123456789';

  beforeAll(async () => {
    platform = await createTestPlatform();
    const build = (await import(`${process.cwd()}/build/server/index.js`)) as ServerBuild;
    const app = createApp({
      config: platform.config,
      database: platform.database,
      getBuild: build,
      log: pino({ level: 'silent' }),
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

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { headers: { cookie, ...headers }, redirect: 'manual' });

  it('answers 304 to a matching If-None-Match on public JSON and pages, and 200 after a change', async () => {
    for (const path of ['/api/v1/objectives', '/ar/pledges', '/en/objectives/7']) {
      const first = await get(path);
      expect(first.status, path).toBe(200);
      const etag = first.headers.get('etag');
      expect(etag, path).toMatch(/^W\/".+"$/);
      expect(first.headers.get('cache-control'), path).toMatch(/no-cache/);
      await first.arrayBuffer();

      const again = await get(path, { 'if-none-match': etag! });
      expect(again.status, path).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
      // The stored page keeps its own nonce: no new CSP may replace it.
      expect(again.headers.get('content-security-policy')).toBeNull();
    }

    const before = await get('/ar/pledges');
    const tag = before.headers.get('etag')!;
    await before.arrayBuffer();
    await createPledge(platform.database.db, { status: 'published', publishedAt: new Date() });
    const after = await get('/ar/pledges', { 'if-none-match': tag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(tag);
  });

  it('gives another tag per browser (CSRF cookie) and per digits or calendar preference on pages only', async () => {
    const a = await get('/ar/objectives');
    const b = await fetch(`${base}/ar/objectives`, {
      headers: { cookie: 'marsad_csrf=another-browser-cookie-0123456789' },
    });
    expect(a.headers.get('etag')).not.toBe(b.headers.get('etag'));
    const digits = await get('/ar/objectives', { cookie: `${cookie}; marsad_digits=latn` });
    expect(digits.headers.get('etag')).not.toBe(a.headers.get('etag'));
    // The Hijri date beside the Gregorian one is another page: a stored copy without it must not match.
    const calendar = await get('/ar/objectives', { cookie: `${cookie}; marsad_calendar=gregorian%2Bhijri` });
    expect(calendar.headers.get('etag')).not.toBe(a.headers.get('etag'));
    const api1 = await get('/api/v1/objectives');
    const api2 = await fetch(`${base}/api/v1/objectives`);
    expect(api1.headers.get('etag')).toBe(api2.headers.get('etag'));
  });

  it('tags neither signed-in readers, errors nor administration', async () => {
    const user = await createUser(platform.database.db);
    const session = (await createSession(user.id)).split(';')[0];
    const signedIn = await get('/ar/pledges', { cookie: `${cookie}; ${session}` });
    expect(signedIn.headers.get('etag')).toBeNull();
    expect((await get('/ar/no-such-page')).headers.get('etag')).toBeNull();
    expect((await get('/api/v1/objectives/99')).headers.get('etag')).toBeNull();
    expect((await get('/ar/admin')).headers.get('etag')).toBeNull();
  });
});

for (const store of testStores) {
  describe(`the public data's change stamp (${store})`, () => {
    const platform = useTestPlatform(store);
    it('bumps the stamp once per committed transaction, never before commit, not on rollback', async () => {
      const { db } = platform().database;
      const start = await readContentStamp(db);
      await db
        .transaction(async (tx) => {
          await tx.execute(sql`update objectives set number = number where number in (1, 2, 3)`);
          throw new Error('roll back');
        })
        .catch(() => {});
      expect((await readContentStamp(db)).version).toBe(start.version);
      await db.transaction(async (tx) => {
        await tx.execute(sql`update objectives set number = number where number in (1, 2, 3)`);
        await tx.execute(sql`update countries set version = version where iso3 in ('EGY', 'JOR')`);
      });
      const next = await readContentStamp(db);
      expect(BigInt(next.version)).toBe(BigInt(start.version) + 1n);
      expect(next.changedAt.getTime()).toBeGreaterThanOrEqual(start.changedAt.getTime());
    });
  });
}
