/**
 * `npm run bench:pledges`: the pledge registry at scale (issue 4 figures). Builds a database with
 * 50,000 published and draft pledges (SQL generate_series, tagged through the shared tables), then
 * measures, against the production build on embedded PGlite:
 * - the filtered registry page (objective + country + status), rendered every time: latency at 1 connection
 * - the dashboard, rendered every time: latency at 1 connection (its numbers are cached until the
 *   database changes), and its numbers computed without the cache
 * - the API request below uncached (unique URLs, 1 connection)
 * - GET /api/v1/pledges?objective=7&country=EGY&limit=25 at 50 connections for 10 s
 * - importing a generated 10,000-row CSV (importPledges, the domain operation, on the same database)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createUser } from '#seed/factories';
import { importPledges } from '~/modules/pledges/import/import-pledges.server';
import { importCsv, importRowValues } from '~/modules/pledges/import/test-files';
import { computePledgeDashboard } from '~/modules/pledges/pledge-dashboard.server';
import { openPglite } from '~/platform/db.server';
import { seedBenchPledges } from './pledge-data';
import { rssMb, startServer } from './server';

const count = Number(process.env.BENCH_PLEDGES ?? 50_000);
const importRows = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);

function load(url: string, options: { connections: number; duration: number; unique?: boolean }) {
  let n = 0;
  const { pathname, search } = new URL(url);
  const requests = options.unique
    ? [{ setupRequest: (req: object) => ({ ...req, path: `${pathname}${search}&r=${n++}` }) }]
    : undefined;
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      { url, connections: options.connections, duration: options.duration, requests },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-bench-pledges-'));
  const port = 3310;
  const first = await startServer({ port, dataDir, env: { SEED_DEMO: '0' } });
  await first.stop();

  const started = performance.now();
  const db = await openPglite({ dataDir: path.join(dataDir, 'pglite') });
  await db.migrate();
  const { reindexMs } = await seedBenchPledges(db, count);
  await db.close();
  const seededMs = performance.now() - started;

  const server = await startServer({ port, dataDir, env: { SEED_DEMO: '0' } });
  const registryUrl = `${server.url}/ar/pledges?objective=7&country=EGY&status=published`;
  const dashboardUrl = `${server.url}/ar/pledges/dashboard?v=1`;
  const apiUrl = `${server.url}/api/v1/pledges?objective=7&country=EGY&limit=25`;
  for (const url of [registryUrl, dashboardUrl, apiUrl]) {
    const res = await fetch(url);
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  }
  const registry = await load(registryUrl, { connections: 1, duration: 5, unique: true });
  const dashboard = await load(dashboardUrl, { connections: 1, duration: 5, unique: true });
  const api = await load(apiUrl, { connections: 50, duration: 10 });
  const apiUncached = await load(apiUrl, { connections: 1, duration: 5, unique: true });
  // The whole registry as XLSX, with the server's memory sampled while it streams.
  const rssBefore = rssMb(server.process.pid!);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, rssMb(server.process.pid!));
  }, 50);
  const xlsxStarted = performance.now();
  const xlsx = await fetch(`${server.url}/api/v1/pledges.xlsx?lang=ar`);
  const xlsxBytes = (await xlsx.arrayBuffer()).byteLength;
  const xlsxMs = performance.now() - xlsxStarted;
  clearInterval(sampler);
  await server.stop();

  // The dashboard's numbers computed without its cache (as after any write), and the import, on the
  // same 50,000-pledge database (server stopped: PGlite serves one process).
  const importDb = await openPglite({ dataDir: path.join(dataDir, 'pglite') });
  const summaryMs: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    await computePledgeDashboard({ db: importDb.db });
    summaryMs.push(performance.now() - t);
  }
  summaryMs.sort((a, b) => a - b);
  const secretariat = await createUser(importDb.db, { roles: [{ role: 'network_secretariat' }] });
  const states = ['JOR', 'EGY', 'MAR', 'TUN', 'LBN', 'IRQ', 'QAT', 'OMN'];
  const file = importCsv(
    Array.from({ length: importRows }, (_, i) =>
      importRowValues({
        external_id: `bench-import-${i}`,
        title_en: `Imported benchmark pledge ${i}`,
        pledger: states[i % states.length]!,
        countries: states[i % states.length]!,
        objectives: `${1 + (i % 23)};${1 + ((i * 7 + 3) % 23)}`,
      }),
    ),
  );
  const importStarted = performance.now();
  const imported = await importPledges({
    db: importDb.db,
    subject: {
      userId: secretariat.id,
      grants: [{ role: 'network_secretariat', scopeType: 'global', scopeId: '' }],
    },
    file: { name: 'bench.csv', kind: 'csv', bytes: file },
  });
  const importMs = performance.now() - importStarted;
  const reimportStarted = performance.now();
  const reimported = await importPledges({
    db: importDb.db,
    subject: {
      userId: secretariat.id,
      grants: [{ role: 'network_secretariat', scopeType: 'global', scopeId: '' }],
    },
    file: { name: 'bench.csv', kind: 'csv', bytes: file },
  });
  const reimportMs = performance.now() - reimportStarted;
  await importDb.close();
  if (
    imported.outcome !== 'imported' ||
    imported.createdCount !== importRows ||
    reimported.unchangedCount !== importRows
  ) {
    throw new Error(`import: ${imported.outcome}, ${JSON.stringify(imported.report.slice(0, 3))}`);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });

  console.log(
    `\nMarsad pledges benchmark: ${count} pledges (seeded in ${(seededMs / 1000).toFixed(1)} s), ${process.version}`,
  );
  console.log(`  content index rebuilt for ${count} pledges: ${(reindexMs / 1000).toFixed(1)} s`);
  console.log(
    `  registry page (objective+country+status, rendered every time, 1 connection): p50 ${registry.latency.p50} ms, p97.5 ${registry.latency.p97_5} ms  [goal p95 <100 ms]`,
  );
  console.log(
    `  dashboard (rendered every time, 1 connection): p50 ${dashboard.latency.p50} ms, p97.5 ${dashboard.latency.p97_5} ms  [goal <250 ms]`,
  );
  console.log(
    `  dashboard numbers computed without the cache (first view after a write): median ${summaryMs[3]!.toFixed(0)} ms, max ${summaryMs[6]!.toFixed(0)} ms`,
  );
  console.log(
    `  GET /api/v1/pledges?objective=7&country=EGY&limit=25, 50 connections: ${api.requests.average.toFixed(0)} req/s, p99 ${api.latency.p99} ms, non-2xx ${api.non2xx}  [goal ≥500 req/s]`,
  );
  console.log(
    `  the same API request, uncached (unique URLs, 1 connection): p50 ${apiUncached.latency.p50} ms, p97.5 ${apiUncached.latency.p97_5} ms`,
  );
  console.log(
    `  GET /api/v1/pledges.xlsx (all published and closed): ${(xlsxMs / 1000).toFixed(1)} s, ${(xlsxBytes / 1024 / 1024).toFixed(1)} MB, server RSS ${rssBefore.toFixed(0)} MB before, peak ${rssPeak.toFixed(0)} MB`,
  );
  console.log(
    `  import of a ${importRows}-row CSV (${(file.length / 1024 / 1024).toFixed(1)} MB) into ${count} pledges: ${(importMs / 1000).toFixed(1)} s; the same file again (all unchanged): ${(reimportMs / 1000).toFixed(1)} s  [goal 10,000 rows <10 s]`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
