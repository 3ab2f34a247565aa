/**
 * `npm run bench:search-cpu`: the CPU and the statements of one search, in process (issue 15
 * "Performance"). One PGlite database with the data of `npm run seed:scale` at BENCH_PLEDGES pledges
 * (default 6,000: 12,000 resources, about 20,000 index rows in all), the search as the page calls it
 * (facets, 20 hits with snippets, anonymous), two-word queries unique per call: common (words in
 * thousands of items, so the candidate cap applies) and rare (a number only one title holds) in
 * Arabic and English. Each case warmed 20 calls, then BENCH_ROUNDS rounds (default 3) of BENCH_CALLS
 * calls (default 100), `process.cpuUsage()` per call, median of the rounds. The store runs on the main
 * thread, so this is SQL + driver + planning + snippets.
 *
 * BENCH_BEFORE=1 also runs the implementation copied to bench/search-before/ (not committed), in
 * turns with the current one. BENCH_EXPLAIN=1 prints EXPLAIN ANALYZE of each statement of one
 * common Arabic search. BENCH_TEMPLATE keeps the seeded folder between runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedReference } from '#db/seed/reference';
import { scaledSizes, seedScale } from '#seed/scale';
import { searchContent } from '~/modules/search/search-content.server';
import { anonymousSubject } from '~/permissions/resolver';
import { type Database, observeQueries, openPglite } from '~/platform/db.server';
import { maintainDatabase } from '~/platform/db-maintenance.server';

const count = Number(process.env.BENCH_PLEDGES ?? 6_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const calls = Number(process.env.BENCH_CALLS ?? 100);
const template = process.env.BENCH_TEMPLATE;

type Search = typeof searchContent;
const cases: { name: string; q: (n: number) => string }[] = [
  // Common: words in thousands of items (the candidate cap applies), three of four named by the
  // vocabulary. Rare: the number only one pledge's title holds, so each call's query is new.
  {
    name: 'ar common',
    q: (n) => ['العمال المهاجرين', 'التحويلات المالية', 'بيانات الهجرة', 'الاستعراض الوطني'][n % 4]!,
  },
  { name: 'ar rare', q: (n) => `تعهد ${(n % count) + 1}` },
  {
    name: 'en common',
    q: (n) => ['migrant workers', 'migration data', 'financial inclusion', 'national review'][n % 4]!,
  },
  { name: 'en rare', q: (n) => `pledge ${(n % count) + 1}` },
];

/** The folders this run made, removed at the end (each is a copy of the whole data set). */
const folders: string[] = [];

async function open(): Promise<Database> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-cpu-'));
  folders.push(dataDir);
  if (template && fs.existsSync(template)) fs.cpSync(template, dataDir, { recursive: true });
  const database = await openPglite({ dataDir });
  await database.migrate();
  await seedReference(database.db);
  if (!(template && fs.existsSync(template))) {
    await seedScale({
      db: database.db,
      sizes: scaledSizes(count),
      print: (line) => console.log(`  ${line}`),
    });
    await maintainDatabase({ db: database.db, all: true });
    if (template) {
      await database.close();
      fs.cpSync(dataDir, template, { recursive: true });
      return open();
    }
  }
  return database;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const database = await open();
const { db } = database;
const items = await db.execute<{ n: number }>(
  (await import('drizzle-orm')).sql`select count(*)::int as n from content_items`,
);
console.log(`search CPU in process: ${items.rows[0]?.n} index rows, ${rounds} rounds of ${calls} calls`);

const implementations: [string, Search][] = [['now', searchContent]];
if (process.env.BENCH_BEFORE) {
  // A path held in a variable: the copy is not committed, so type checking must not look for it.
  const copy = './search-before/search-content.server';
  const before = (await import(copy)) as { searchContent: Search };
  implementations.unshift(['before', before.searchContent]);
}

let serial = 0;
const call = (search: Search, q: string) =>
  search({ db, subject: anonymousSubject, q, locale: 'ar', limit: 20, offset: 0 });

async function measure(search: Search, c: (typeof cases)[number], n: number) {
  let statements = 0;
  observeQueries(() => statements++);
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) await call(search, c.q(serial++));
  const used = process.cpuUsage(start);
  observeQueries(undefined);
  return { ms: (used.user + used.system) / 1000 / n, statements: statements / n };
}

for (const c of cases) {
  const figures = new Map(implementations.map(([name]) => [name, [] as number[]]));
  const statements = new Map<string, number>();
  for (const [, search] of implementations) await measure(search, c, 20);
  for (let round = 0; round < rounds; round++) {
    for (const [name, search] of implementations) {
      const m = await measure(search, c, calls);
      figures.get(name)!.push(m.ms);
      statements.set(name, m.statements);
    }
  }
  const sample = await call(implementations.at(-1)![1], c.q(1));
  console.log(`  ${c.name} (total ${sample.total}${sample.totalCapped ? '+' : ''}):`);
  for (const [name, values] of figures) {
    console.log(
      `    ${name.padEnd(6)} ${median(values).toFixed(2)} ms CPU per call (${values.map((v) => v.toFixed(2)).join(', ')}), ${(statements.get(name) ?? 0).toFixed(1)} statements`,
    );
  }
}

if (process.env.BENCH_EXPLAIN) {
  for (const [name, search] of implementations) {
    const captured: { text: string; params: readonly unknown[] }[] = [];
    observeQueries((_ms, text, params) => captured.push({ text, params }));
    await call(search, cases[0]!.q(1));
    observeQueries(undefined);
    const client = (
      db as unknown as {
        $client: { query: (t: string, p: unknown[]) => Promise<{ rows: Record<string, string>[] }> };
      }
    ).$client;
    for (const s of captured) {
      console.log(`\n--- ${name}: ${s.text.replace(/\s+/g, ' ').slice(0, 300)}`);
      const plan = await client.query(`explain (analyze, costs off) ${s.text}`, [...s.params]);
      for (const row of plan.rows) console.log(`    ${Object.values(row)[0]}`);
    }
  }
}
await database.close();
for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
process.exit(0);
