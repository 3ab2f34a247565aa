/**
 * `npm run bench:load`: Marsad under real load (issue 9). 50,000 pledges (bench/pledge-data.ts), the
 * production build, autocannon with 50 connections and a unique URL per request (so the micro-cache
 * cannot answer), several rounds; in each round every scenario is followed by a bare `node:http`
 * server returning the same bytes (the machine's limit at that moment, printed beside each figure).
 * Beside each figure: the server's CPU per request, queries per request, event-loop delay p99 under
 * load (from the server's /__load-stats, LOAD_STATS=1), and the SQL time per request measured alone
 * afterwards (1 connection, so no queueing). Medians of the rounds.
 *
 * Environment: BENCH_PLEDGES (50000), BENCH_ROUNDS (3), BENCH_SECONDS (5), BENCH_CONNECTIONS (50),
 * BENCH_ONLY (comma-separated scenario names; 'api search' and the 'search …' ones run only when named:
 * `npm run bench:search`; 'discovery' adds issue 15's single-reader figures, `npm run bench:discovery`), BENCH_DATABASE_URL (a PostgreSQL server database to
 * use instead of PGlite; it is dropped and re-created), BENCH_TEMPLATE (a folder keeping the generated
 * PGlite data between runs: copied when present, written when absent), BENCH_DATA=scale (the data set of
 * `npm run seed:scale`, scaled to BENCH_PLEDGES, instead of the registry's pledges alone), BENCH_PORT
 * (3320; the bare server takes the next one), BENCH_NODE_ARGS (node options for the measured server, e.g.
 * `--cpu-prof`). The server inherits the environment: its embedded database runs in a worker thread unless
 * PGLITE_WORKER=0 (decision 89), MALLOC_ARENA_MAX caps glibc's allocator arenas (read at start). The memory
 * is printed idle and after the load, split by owner (server/load-stats.ts `memoryBreakdown`).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { scaledSizes, seedScale } from '#seed/scale';
import { type Database, openPglite, openPostgres } from '~/platform/db.server';
import { maintainDatabase } from '~/platform/db-maintenance.server';
import { seedBenchPledges } from './pledge-data';
import { type RunningServer, rssMb, startServer } from './server';

const root = path.resolve(import.meta.dirname, '..');
const count = Number(process.env.BENCH_PLEDGES ?? 50_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const duration = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const only = process.env.BENCH_ONLY?.split(',');
const databaseUrl = process.env.BENCH_DATABASE_URL;
const template = process.env.BENCH_TEMPLATE;
/** 'scale': the data of `npm run seed:scale` at BENCH_PLEDGES / 50,000 of its sizes, instead of the registry's pledges alone. */
const scaleData = process.env.BENCH_DATA === 'scale';
const port = Number(process.env.BENCH_PORT ?? 3320);
/** Node options for the measured server, e.g. `--cpu-prof --cpu-prof-dir=/tmp/p` (a profile of the whole run). */
const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean);
const barePort = port + 1;

interface Scenario {
  name: string;
  /** The path of request number n (unique per request unless `cached`). */
  path: (n: number) => string;
  target?: string;
}

function scenarios(ids: string[]): Scenario[] {
  const all: Scenario[] = [
    {
      name: 'api list',
      path: (n) => `/api/v1/pledges?objective=7&country=EGY&limit=25&r=${n}`,
      target: '≥600 req/s PGlite, ≥1,200 PostgreSQL, p99 ≤250 ms',
    },
    {
      name: 'api item',
      path: (n) => `/api/v1/pledges/${ids[n % ids.length]}?r=${n}`,
      target: '≥1,500 req/s PGlite, p99 ≤100 ms',
    },
    {
      name: 'registry page',
      path: (n) => `/ar/pledges?objective=7&country=EGY&r=${n}`,
      target: '≥200 req/s PGlite, p99 ≤500 ms',
    },
    {
      name: 'objective page',
      path: (n) => `/ar/objectives/7?r=${n}`,
      target: '≥200 req/s PGlite, p99 ≤500 ms',
    },
    { name: 'objective page, micro-cached', path: () => '/ar/objectives/7' },
    // Not in the default run (`npm run bench:search` runs them): the registry's words, then search.
    {
      name: 'api search',
      path: (n) => `/api/v1/pledges?q=${encodeURIComponent(`رقم ${n % 50_000}`)}&limit=25&r=${n}`,
      target: '≥180 req/s, p99 <1 s',
    },
    // Two-word queries as readers type them, unique per request; "تعهد" is in every one of the
    // pledges (the very common word the candidate cap is for).
    {
      name: 'search api ar',
      path: (n) => `/api/v1/search?q=${encodeURIComponent(arabicQueries[n % arabicQueries.length]!)}&r=${n}`,
      target: 'p95 alone <60 ms PGlite, <30 ms PostgreSQL; ≥890 req/s (5× Directus 178)',
    },
    {
      name: 'search api en',
      path: (n) =>
        `/api/v1/search?q=${encodeURIComponent(englishQueries[n % englishQueries.length]!)}&r=${n}`,
      target: 'p95 alone <60 ms PGlite, <30 ms PostgreSQL',
    },
    {
      name: 'search page ar',
      path: (n) => `/ar/search?q=${encodeURIComponent(arabicQueries[n % arabicQueries.length]!)}&r=${n}`,
      target: 'p95 alone <60 ms PGlite (with facets)',
    },
  ];
  const optIn = (name: string) => name === 'api search' || name.startsWith('search ');
  return all.filter((s) => (only ? only.includes(s.name) : !optIn(s.name)));
}

const arabicQueries = [
  'تعهد تجريبي',
  'وصف الأداء',
  'اختبار تعهد',
  'التعهدات التجريبية',
  'تعهد رقم',
  'المهاجرين العمال',
];
const englishQueries = ['benchmark pledge', 'pledge description', 'benchmark pledges', 'migrant workers'];

function load(base: string, scenario: Scenario) {
  let n = 0;
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url: base + scenario.path(0),
        connections,
        duration,
        requests: [{ setupRequest: (req: object) => ({ ...req, path: scenario.path(n++) }) }],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

interface ServerStats {
  requests: number;
  queries: number;
  queryMs: number;
  cpuMs: number;
  eventLoopDelayMs: { p50: number; p99: number; max: number };
  memoryMb: MemoryMb;
}

interface IsolateMb {
  heapUsed: number;
  heapResident: number;
  v8Malloced: number;
  arrayBuffers: number;
}
/** server/load-stats.ts `memoryBreakdown`. */
interface MemoryMb {
  rss: number;
  main: IsolateMb;
  database: (Partial<IsolateMb> & { wasm: number; wasmResident: number }) | null;
  mappedFiles: number;
  malloc: { arrayBuffers: number; brkArena: number; rest: number };
}

function describeMemory(m: MemoryMb): string {
  const isolate = (i: Partial<IsolateMb>) =>
    `heap ${i.heapResident} (${i.heapUsed} used) + V8 malloc ${i.v8Malloced}`;
  const db = m.database;
  return [
    `RSS ${m.rss} MB = main thread ${isolate(m.main)}`,
    db
      ? `database: WebAssembly ${db.wasmResident} of ${db.wasm} resident${db.heapResident === undefined ? ' (main thread)' : `, thread ${isolate(db)}`}`
      : '',
    `mapped files ${m.mappedFiles}`,
    `malloc and the rest ${m.malloc.rest} (live array buffers ${m.malloc.arrayBuffers}, brk arena ${m.malloc.brkArena})`,
  ]
    .filter(Boolean)
    .join('; ');
}

/** Waits for the requests still queued in the server (a slow scenario leaves some) before answering. */
async function serverStats(base: string, reset = true): Promise<ServerStats> {
  const res = await fetch(`${base}/__load-stats${reset ? '?reset=1' : ''}`, {
    signal: AbortSignal.timeout(600_000),
  });
  return res.json() as Promise<ServerStats>;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function prepareData(dataDir: string, env: NodeJS.ProcessEnv): Promise<void> {
  if (!databaseUrl && template && fs.existsSync(path.join(template, 'pglite'))) {
    fs.cpSync(template, dataDir, { recursive: true });
    fs.rmSync(path.join(dataDir, '.marsad.lock'), { force: true });
    // Brings the copy to the current schema and content index (slow once after a change), kept for next time.
    const first = await startServer({ port, dataDir, env, readyTimeoutMs: 1_800_000 });
    await first.stop();
    fs.rmSync(template, { recursive: true, force: true });
    fs.cpSync(dataDir, template, { recursive: true });
    return;
  }
  if (databaseUrl) {
    const url = new URL(databaseUrl);
    const name = url.pathname.slice(1);
    url.pathname = '/postgres';
    const admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
    await admin.end();
  }
  // The first start migrates and loads the reference data; then the pledges are written directly.
  const first = await startServer({ port, dataDir, env });
  await first.stop();
  const database: Database = databaseUrl
    ? await openPostgres(databaseUrl)
    : await openPglite({ dataDir: path.join(dataDir, 'pglite') });
  await database.migrate();
  const started = performance.now();
  if (scaleData) {
    await seedScale({
      db: database.db,
      sizes: scaledSizes(count),
      print: (line) => console.log(`  ${line}`),
    });
    await maintainDatabase({ db: database.db, all: true });
  } else await seedBenchPledges(database, count);
  console.log(`  seeded ${count} pledges in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await database.close();
  if (!databaseUrl && template) fs.cpSync(dataDir, template, { recursive: true });
}

const percentileOf = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * p) - 1)] ?? Number.NaN;
};

/**
 * Issue 15's figures, one reader at a time (no load): the coverage heat map as computed (the first
 * request of each view after the start; later ones come from the memo kept until public data
 * change, decision 46) and then as served; a 304 for an unchanged page and API answer, with the
 * queries it cost (the change stamp's read at most: no content rows); and the whole pledge dataset
 * as CSV, streamed, with the server's RSS sampled every 100 ms while it streams (flat memory).
 */
async function discoveryFigures(server: RunningServer) {
  const f = (n: number) => n.toFixed(1);
  console.log('\n  discovery, one reader');

  const views = [
    'by=region',
    ...['LAS', 'ECA', 'ESCWA', 'M49-002', 'M49-019', 'M49-142', 'M49-150'].map(
      (r) => `by=country&region=${r}`,
    ),
  ];
  const timed = async (path: string, headers: Record<string, string> = {}) => {
    await serverStats(server.url);
    const started = performance.now();
    const res = await fetch(server.url + path, { headers });
    await res.arrayBuffer();
    const wall = performance.now() - started;
    return { res, wall, stats: await serverStats(server.url) };
  };
  const cold = [];
  for (const view of views) {
    const { res, wall, stats } = await timed(`/api/v1/coverage?${view}`);
    if (res.status !== 200) throw new Error(`/api/v1/coverage?${view} answered ${res.status}`);
    cold.push({ wall, sql: stats.queryMs, cpu: stats.cpuMs });
  }
  const warm = [];
  for (let i = 0; i < 20; i++) warm.push((await timed(`/ar/coverage?by=region&r=${i}`)).wall);
  console.log(
    `    coverage heat map computed (${views.length} views, first request each) [goal < 150 ms]: p50 ${f(
      percentileOf(
        cold.map((c) => c.wall),
        0.5,
      ),
    )} ms, max ${f(Math.max(...cold.map((c) => c.wall)))} ms; SQL p50 ${f(
      percentileOf(
        cold.map((c) => c.sql),
        0.5,
      ),
    )} ms, server CPU p50 ${f(
      percentileOf(
        cold.map((c) => c.cpu),
        0.5,
      ),
    )} ms`,
  );
  console.log(
    `    /ar/coverage served from the memo (20 unique URLs): p50 ${f(percentileOf(warm, 0.5))} ms, p95 ${f(percentileOf(warm, 0.95))} ms`,
  );

  for (const path of ['/ar/pledges', '/api/v1/objectives']) {
    const first = await fetch(server.url + path);
    await first.arrayBuffer();
    const etag = first.headers.get('etag');
    // A page's tag covers its CSRF cookie: send back what the first answer set.
    const cookie = first.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    if (!etag) throw new Error(`${path} sent no ETag`);
    await serverStats(server.url);
    const walls: number[] = [];
    for (let i = 0; i < 50; i++) {
      const started = performance.now();
      const res = await fetch(server.url + path, { headers: { 'if-none-match': etag, cookie } });
      await res.arrayBuffer();
      if (res.status !== 304) throw new Error(`${path} with its ETag answered ${res.status}`);
      walls.push(performance.now() - started);
    }
    const stats = await serverStats(server.url);
    console.log(
      `    304 for ${path} (50 requests): ${f(stats.queries / 50)} queries/request (the change stamp's read, at most once a second), server CPU ${f(stats.cpuMs / 50)} ms/request, p50 ${f(percentileOf(walls, 0.5))} ms`,
    );
  }

  const rss: number[] = [];
  const before = rssMb(server.process.pid!);
  const sampler = setInterval(() => rss.push(rssMb(server.process.pid!)), 100);
  const started = performance.now();
  const res = await fetch(`${server.url}/api/v1/datasets/pledge.csv`);
  if (res.status !== 200 || !res.body) throw new Error(`/api/v1/datasets/pledge.csv answered ${res.status}`);
  let bytes = 0;
  let lines = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
    for (const byte of value) if (byte === 10) lines++;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  console.log(
    `    /api/v1/datasets/pledge.csv [goal < 10 s, flat memory]: ${f(seconds)} s to the last byte, ${lines - 1} rows, ${f(bytes / 1e6)} MB; server RSS ${f(before)} MB before, ${f(Math.min(...rss, before))}–${f(Math.max(...rss, before))} MB while streaming`,
  );
}

async function publishedIds(server: RunningServer): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; offset < 2000; offset += 100) {
    const res = await fetch(`${server.url}/api/v1/pledges?limit=100&offset=${offset}&sort=oldest`);
    const body = (await res.json()) as { data: { id: string }[] };
    ids.push(...body.data.map((p) => p.id));
  }
  return ids;
}

async function main() {
  if (!fs.existsSync(path.join(root, 'build/server-main/main.js'))) {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  }
  const worker = !/^(0|false|no)$/.test(process.env.PGLITE_WORKER ?? '');
  const arenas = process.env.MALLOC_ARENA_MAX ? `, MALLOC_ARENA_MAX=${process.env.MALLOC_ARENA_MAX}` : '';
  const store = databaseUrl ? 'PostgreSQL' : `PGlite (${worker ? 'worker thread' : 'main thread'}${arenas})`;
  console.log(
    `\nMarsad under load: ${count} pledges on ${store}, ${connections} connections, ${rounds}×${duration} s`,
  );
  console.log(
    `  machine: ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-bench-load-'));
  const env = { SEED_DEMO: '0', LOAD_STATS: '1', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
  await prepareData(dataDir, env);

  const server = await startServer({ port, dataDir, env, nodeArgs });
  await new Promise((r) => setTimeout(r, 1000));
  const idle = await serverStats(server.url);
  const ids = await publishedIds(server);
  const list = scenarios(ids);
  if (only?.includes('discovery')) await discoveryFigures(server);
  if (!list.length) {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    return;
  }

  const bodies = new Map<string, { body: Buffer; type: string }>();
  for (const s of list) {
    const res = await fetch(server.url + s.path(1));
    if (res.status !== 200) throw new Error(`${s.path(1)} answered ${res.status}`);
    bodies.set(s.name, {
      body: Buffer.from(await res.arrayBuffer()),
      type: res.headers.get('content-type')!,
    });
  }
  let current = bodies.get(list[0]!.name)!;
  const bare = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': current.type, 'content-length': current.body.length });
    res.end(current.body);
  });
  await new Promise<void>((r) => bare.listen(barePort, '127.0.0.1', r));

  interface Round {
    rps: number;
    p99: number;
    errors: number;
    bareRps: number;
    cpuMsPerRequest: number;
    queriesPerRequest: number;
    loopP99: number;
  }
  const results = new Map<string, Round[]>(list.map((s) => [s.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const s of list) {
      await serverStats(server.url);
      const app = await load(server.url, s);
      const stats = await serverStats(server.url);
      current = bodies.get(s.name)!;
      const limit = await load(`http://127.0.0.1:${barePort}`, s);
      results.get(s.name)!.push({
        rps: app.requests.average,
        p99: app.latency.p99,
        errors: app.errors + app.timeouts + app.non2xx,
        bareRps: limit.requests.average,
        cpuMsPerRequest: stats.cpuMs / Math.max(1, stats.requests),
        queriesPerRequest: stats.queries / Math.max(1, stats.requests),
        loopP99: stats.eventLoopDelayMs.p99,
      });
    }
  }
  bare.close();

  // SQL time per request, alone: one connection, sequential, fresh URLs; and the latency a single
  // reader sees then (p50, p95 of 20).
  const sqlMs = new Map<string, number>();
  const alone = new Map<string, { p50: number; p95: number }>();
  for (const s of list) {
    const times: number[] = [];
    const walls: number[] = [];
    for (let i = 0; i < 20; i++) {
      await serverStats(server.url);
      const started = performance.now();
      await (await fetch(server.url + s.path(1_000_000 + i))).arrayBuffer();
      walls.push(performance.now() - started);
      const stats = await serverStats(server.url);
      times.push(stats.queryMs);
    }
    sqlMs.set(s.name, median(times));
    const sorted = [...walls].sort((a, b) => a - b);
    alone.set(s.name, { p50: median(walls), p95: sorted[Math.ceil(sorted.length * 0.95) - 1]! });
  }
  const final = await serverStats(server.url);
  const rssAfter = rssMb(server.process.pid!);
  await server.stop();
  const folderMb = databaseUrl
    ? null
    : Number(execFileSync('du', ['-sm', dataDir]).toString().split('\t')[0]);
  fs.rmSync(dataDir, { recursive: true, force: true });

  const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits });
  for (const s of list) {
    const r = results.get(s.name)!;
    const m = (key: keyof Round) => median(r.map((x) => x[key]));
    console.log(
      `\n  ${s.name}  ${s.path(0).replace(/[?&]r=0$/, '')}${s.target ? `  [goal ${s.target}]` : ''}`,
    );
    console.log(
      `    ${fmt(m('rps'))} req/s, p99 ${fmt(m('p99'))} ms, errors ${m('errors')}  |  bare node ${fmt(m('bareRps'))} req/s (${((m('rps') / m('bareRps')) * 100).toFixed(1)} %)`,
    );
    console.log(
      `    server CPU ${fmt(m('cpuMsPerRequest'), 1)} ms/request, ${fmt(m('queriesPerRequest'), 1)} queries/request, SQL alone ${fmt(sqlMs.get(s.name)!, 1)} ms/request, event-loop delay p99 ${fmt(m('loopP99'), 0)} ms`,
    );
    const one = alone.get(s.name)!;
    console.log(`    alone (1 connection): p50 ${fmt(one.p50, 1)} ms, p95 ${fmt(one.p95, 1)} ms`);
    console.log(`    rounds: ${r.map((x) => `${fmt(x.rps)}/${fmt(x.bareRps)}`).join(', ')} req/s (app/bare)`);
  }
  console.log(
    `\n  memory: RSS idle ${idle.memoryMb.rss} MB, after load ${fmt(rssAfter)} MB${folderMb === null ? '' : `; data folder ${folderMb} MB`}`,
  );
  console.log(`    idle: ${describeMemory(idle.memoryMb)}`);
  console.log(`    after the load: ${describeMemory(final.memoryMb)}`);
  console.log(
    `  machine after: load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
