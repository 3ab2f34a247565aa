/**
 * `npm run bench:durability`: are acknowledged writes kept through a crash? For the embedded store
 * (and PostgreSQL when TEST_DATABASE_URL is set): start the production server, sign in through the
 * real form, create organisations through the real form from several concurrent writers, `kill -9`
 * the server mid-load, restart it (timed), stop it, then count the acknowledged writes (a 302 to the
 * new organisation) that are missing or differ. Expected: 0 missing, 0 corrupt.
 * BENCH_SECONDS (default 4) is the load before the kill; BENCH_WRITERS (default 8) the concurrency.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openPglite } from '~/platform/db.server';
import { startServer } from './server';

const root = path.resolve(import.meta.dirname, '..');
const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const writers = Number(process.env.BENCH_WRITERS ?? 8);
const email = 'durability@example.org';
const password = 'durability bench password';

interface Store {
  name: 'pglite' | 'postgres';
  env: NodeJS.ProcessEnv;
  prepare(): Promise<void>;
  /** id → English name of the organisations the database holds, for the ids asked about. */
  read(ids: string[], dataDir: string): Promise<Map<string, string>>;
  drop(): Promise<void>;
}

function cookiesOf(res: Response, jar: Map<string, string>) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const eq = pair!.indexOf('=');
    jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
const csrfIn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

async function signIn(url: string): Promise<{ jar: Map<string, string>; token: string }> {
  const jar = new Map<string, string>();
  const page = await fetch(`${url}/en/sign-in`);
  cookiesOf(page, jar);
  const res = await fetch(`${url}/en/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    body: new URLSearchParams({ email, password, _csrf: csrfIn(await page.text()) }),
  });
  cookiesOf(res, jar);
  if (res.status !== 302) throw new Error(`sign-in answered ${res.status}`);
  // The form token as the signed-in user's pages carry it.
  const form = await fetch(`${url}/en/organisations`, { headers: { cookie: cookieHeader(jar) } });
  cookiesOf(form, jar);
  return { jar, token: csrfIn(await form.text()) };
}

async function measure(store: Store) {
  await store.prepare();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `marsad-durability-${store.name}-`));
  const env = { ...store.env, DATA_DIR: dataDir, SEED_DEMO: '0', LOG_LEVEL: 'silent' };
  execFileSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['cli/marsad.ts', 'create-admin', '--email', email, '--name', 'Durability', '--password', password],
    { cwd: root, env: { ...process.env, ...env }, stdio: 'ignore' },
  );
  const port = 3190;
  const server = await startServer({ port, dataDir, env });
  const { jar, token } = await signIn(server.url);
  const acknowledged = new Map<string, string>();
  let sent = 0;
  let failed = 0;
  let stop = false;
  const writer = async (w: number) => {
    for (let i = 0; !stop; i++) {
      const name = `durability ${w}-${i}`;
      sent++;
      try {
        const res = await fetch(`${server.url}/en/organisations`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
          body: new URLSearchParams({ 'name.en': name, originalLanguage: 'en', _csrf: token }),
        });
        const id = /\/organisations\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')?.[1];
        if (res.status === 302 && id) acknowledged.set(id, name);
        else failed++;
      } catch {
        failed++; // in flight when the server died: never acknowledged
      }
    }
  };
  const load = Array.from({ length: writers }, (_, w) => writer(w));
  await new Promise((r) => setTimeout(r, seconds * 1000));
  server.process.kill('SIGKILL');
  await new Promise((r) => server.process.once('exit', r));
  stop = true;
  await Promise.all(load);

  const restarted = await startServer({ port, dataDir, env });
  const restartMs = restarted.readyMs;
  await restarted.stop();
  const found = await store.read([...acknowledged.keys()], dataDir);
  let missing = 0;
  let corrupt = 0;
  for (const [id, name] of acknowledged) {
    const stored = found.get(id);
    if (stored === undefined) missing++;
    else if (stored !== name) corrupt++;
  }
  await store.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  return {
    store: store.name,
    sent,
    acknowledged: acknowledged.size,
    refusedOrCut: failed,
    missing,
    corrupt,
    restartMs: Math.round(restartMs),
  };
}

function pgliteStore(): Store {
  return {
    name: 'pglite',
    env: {},
    async prepare() {},
    async read(ids, dataDir) {
      const database = await openPglite({ dataDir: path.join(dataDir, 'pglite') });
      const rows = await database.db.execute<{ id: string; name: string }>(
        `select id::text as id, name->>'en' as name from organisations`,
      );
      await database.close();
      const wanted = new Set(ids);
      return new Map(rows.rows.filter((r) => wanted.has(r.id)).map((r) => [r.id, r.name]));
    },
    async drop() {},
  };
}

function postgresStore(baseUrl: string): Store {
  const name = `marsad_durability_${process.pid}`;
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: baseUrl });
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  return {
    name: 'postgres',
    env: { DATABASE_URL: url.toString() },
    prepare: () => admin(`create database ${name}`),
    async read(ids) {
      const c = new pg.Client({ connectionString: url.toString() });
      await c.connect();
      const { rows } = await c.query<{ id: string; name: string }>(
        `select id::text as id, name->>'en' as name from organisations where id = any($1::uuid[])`,
        [ids],
      );
      await c.end();
      return new Map(rows.map((r) => [r.id, r.name]));
    },
    async drop() {
      await admin(`drop database if exists ${name} with (force)`);
    },
  };
}

const results = [];
results.push(await measure(pgliteStore()));
if (process.env.TEST_DATABASE_URL) results.push(await measure(postgresStore(process.env.TEST_DATABASE_URL)));
console.table(results);
const lost = results.reduce((n, r) => n + r.missing + r.corrupt, 0);
// A run that acknowledged nothing proves nothing (a changed form once made every write a refusal).
const idle = results.filter((r) => r.acknowledged === 0).map((r) => r.store);
console.log(
  idle.length
    ? `durability: NOTHING acknowledged on ${idle.join(', ')}: the writes were refused, so nothing is shown`
    : lost === 0
      ? 'durability: 0 acknowledged writes lost or corrupt'
      : `durability: ${lost} acknowledged writes LOST or corrupt`,
);
process.exitCode = lost === 0 && !idle.length ? 0 : 1;
