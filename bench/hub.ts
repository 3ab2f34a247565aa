/**
 * `npm run bench:hub`: issue 13's figures on embedded PGlite. Builds a database with 100,000 published
 * resources and 5,000 experts, written by the scale data set's steps (seed/scale-hub.ts: SQL
 * generate_series, tagged through the shared tables), then the content index rebuilt as `reindex`
 * does, and measures, in process, the domain functions the pages call:
 * - an objective's resources, first page with facet counts (listResources, as /hub/resources does),
 *   p95 over unique objective/filter combinations (goal < 150 ms)
 * - match suggestions for a request for support (suggestMatches, as /hub/support/:id does), p95 over
 *   unique requests (goal < 200 ms)
 * Beside each, the SQL time of the very statements the function ran (EXPLAIN ANALYZE: planning plus
 * execution, summed per call). BENCH_SCALE=tiny (2,000 resources, 100 experts) checks the script
 * quickly; a number scales the full sizes (BENCH_SCALE=0.1).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type SQL, sql } from 'drizzle-orm';
import { seedReference } from '#db/seed/reference';
import { defaultScaleSizes } from '#seed/scale';
import { expertsStep, resourcesStep } from '#seed/scale-hub';
import { rebuildContentType } from '~/modules/content/reindex.server';
import { listResources, type ResourceFilters } from '~/modules/hub/resources/list-resources.server';
import { resourceContent } from '~/modules/hub/resources/resource-content.server';
import { type MatchRequest, suggestMatches } from '~/modules/hub/support/suggest-matches.server';
import { type Db, openPglite } from '~/platform/db.server';
import { maintainDatabase } from '~/platform/db-maintenance.server';

const scaleSetting = process.env.BENCH_SCALE ?? '1';
const scale = scaleSetting === 'tiny' ? 0.02 : Number(scaleSetting);
const resourceCount = Math.max(100, Math.round(100_000 * scale));
const expertCount = Math.max(100, Math.round(5_000 * scale));

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * p) - 1)]!;
}

/** The db, recording every statement a domain function runs through `execute`, to EXPLAIN it after. */
function recording(db: Db) {
  const statements: SQL[] = [];
  const spy = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== 'execute') return Reflect.get(target, prop, receiver);
      return (query: SQL) => {
        statements.push(query);
        return target.execute(query);
      };
    },
  });
  return { db: spy, take: () => statements.splice(0) };
}

/** Planning plus execution time of the statements, as PostgreSQL reports them (EXPLAIN ANALYZE). */
async function sqlTime(db: Db, statements: SQL[]) {
  let ms = 0;
  for (const statement of statements) {
    const plan = await db.execute<{ 'QUERY PLAN': [{ 'Planning Time': number; 'Execution Time': number }] }>(
      sql`explain (analyze, format json) ${statement}`,
    );
    const [top] = plan.rows[0]!['QUERY PLAN'];
    ms += top!['Planning Time'] + top!['Execution Time'];
  }
  return ms;
}

async function measure<T>(db: Db, cases: T[], run: (db: Db, c: T) => Promise<unknown>) {
  const rec = recording(db);
  const walls: number[] = [];
  const sqlMs: number[] = [];
  // Two warm-up calls (plans and caches), not counted.
  for (const c of cases.slice(0, 2)) await run(rec.db, c);
  rec.take();
  for (const c of cases) {
    const started = performance.now();
    await run(rec.db, c);
    walls.push(performance.now() - started);
    sqlMs.push(await sqlTime(db, rec.take()));
  }
  return { walls, sqlMs };
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-bench-hub-'));
  const database = await openPglite({ dataDir });
  const { db } = database;
  try {
    await database.migrate();
    await seedReference(db);
    const seedStarted = performance.now();
    // The scale data set's own steps (seed/scale-hub.ts), at this benchmark's sizes.
    const sizes = { ...defaultScaleSizes, resources: resourceCount, experts: expertCount };
    await resourcesStep.run(db, sizes);
    await expertsStep.run(db, sizes);
    await db.execute(sql`analyze`);
    const seededMs = performance.now() - seedStarted;
    const reindexStarted = performance.now();
    const indexed = await db.transaction((tx) => rebuildContentType(tx, resourceContent));
    const reindexMs = performance.now() - reindexStarted;
    await maintainDatabase({ db, all: true });

    // Every objective alone, then with a type, a language, a year and a principle: unique combinations.
    const types = ['research', 'guidance', 'tool', 'policy'] as const;
    const filters: ResourceFilters[] = [];
    for (let objective = 1; objective <= 23; objective++) {
      filters.push({ objective });
      filters.push({ objective, type: types[objective % types.length] });
      filters.push({ objective, language: objective % 2 ? 'ar' : 'en' });
      filters.push({ objective, year: 1995 + (objective % 30) });
      filters.push({ objective, principle: 'human_rights' });
    }
    const list = await measure(db, filters, (d, f) => listResources({ db: d, filters: f }));
    const check = await listResources({ db, filters: { objective: 7 } });
    if (!check.items.length || !Object.keys(check.facets.type).length) throw new Error('no resources listed');

    const countries = ['JOR', 'EGY', 'MAR', 'LBN', 'TUN', 'IRQ', 'SDN', 'BRA', 'DEU', 'NGA'];
    const requests: MatchRequest[] = [];
    for (let i = 0; i < 46; i++) {
      requests.push({
        objectives: [1 + (i % 23), 1 + ((i * 5 + 2) % 23)].filter((o, k, a) => a.indexOf(o) === k),
        countryIso3: countries[i % countries.length]!,
        languages: i % 2 ? ['ar'] : ['en', 'fr'],
      });
    }
    const matches = await measure(db, requests, (d, r) => suggestMatches({ db: d, request: r }));
    const sample = await suggestMatches({ db, request: requests[0]! });
    if (!sample.experts.length || !sample.resources.length) throw new Error('no matches suggested');

    const line = (label: string, r: { walls: number[]; sqlMs: number[] }, goal: string) =>
      console.log(
        `  ${label}: p50 ${percentile(r.walls, 0.5).toFixed(1)} ms, p95 ${percentile(r.walls, 0.95).toFixed(1)} ms, max ${Math.max(...r.walls).toFixed(1)} ms  [goal ${goal}]; SQL (EXPLAIN ANALYZE) p50 ${percentile(r.sqlMs, 0.5).toFixed(1)} ms, p95 ${percentile(r.sqlMs, 0.95).toFixed(1)} ms`,
      );
    console.log(
      `\nMarsad Hub benchmark (${scaleSetting === 'tiny' ? 'tiny scale' : `scale ${scale}`}): ${resourceCount} resources, ${expertCount} experts, ${process.version}, embedded PGlite`,
    );
    console.log(
      `  seeded with SQL in ${(seededMs / 1000).toFixed(1)} s; content index rebuilt for ${indexed} resources in ${(reindexMs / 1000).toFixed(1)} s`,
    );
    line(
      `an objective's resources, first page with facets (${filters.length} unique filters)`,
      list,
      'p95 < 150 ms',
    );
    line(`match suggestions for a request (${requests.length} unique requests)`, matches, 'p95 < 200 ms');
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
