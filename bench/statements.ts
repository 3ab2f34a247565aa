/**
 * `npm run bench:statements`: what named prepared statements save on each store, in process. Two
 * databases with the same benchmark pledges (BENCH_PLEDGES, default 20,000), one opened with and one
 * without named statements; the pledge list and one pledge as the API asks for them (the list with
 * objective and country filters, 25 rows, capped count) in turns, BENCH_ROUNDS rounds (default 5) of
 * 100 calls on each, median of the process CPU and of the wall time per call.
 *
 * BENCH_STORE: `main` (default: PGlite on the main thread, app/platform/pglite-prepared.server.ts),
 * `worker` (PGlite in its worker thread behind node-postgres: the process CPU counts both threads), or
 * `postgres` with BENCH_DATABASE_URL (app/platform/named-statements.server.ts; two databases
 * `<name>_named` and `<name>_unnamed` are dropped and created beside it; the server's CPU is not the
 * process's, so the wall time of one call at a time is the figure there).
 */
import pg from 'pg';
import { seedReference } from '#db/seed/reference';
import { getPledge } from '~/modules/pledges/get-pledge.server';
import { listPledges } from '~/modules/pledges/list-pledges.server';
import { anonymousSubject } from '~/permissions/resolver';
import { type Database, openPglite, openPostgres } from '~/platform/db.server';
import { seedBenchPledges } from './pledge-data';

const count = Number(process.env.BENCH_PLEDGES ?? 20_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const store = process.env.BENCH_STORE ?? 'main';
const databaseUrl = process.env.BENCH_DATABASE_URL;
const objectives = [1, 2, 3, 5, 7, 8, 10, 12, 15, 20];
const countries = ['EGY', 'JOR', 'LBN', 'MAR', 'TUN', 'IRQ'];
if (!['main', 'worker', 'postgres'].includes(store)) throw new Error('BENCH_STORE: main, worker or postgres');
if (store === 'postgres' && !databaseUrl) throw new Error('BENCH_STORE=postgres needs BENCH_DATABASE_URL');

async function freshPostgres(suffix: string): Promise<string> {
  const url = new URL(databaseUrl!);
  const name = `${url.pathname.slice(1)}_${suffix}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  url.pathname = `/${name}`;
  return url.toString();
}

async function open(preparedStatements: boolean): Promise<Database> {
  const database =
    store === 'postgres'
      ? await openPostgres(await freshPostgres(preparedStatements ? 'named' : 'unnamed'), {
          max: 1,
          preparedStatements,
        })
      : await openPglite({ preparedStatements, worker: store === 'worker' });
  await database.migrate();
  await seedReference(database.db);
  await seedBenchPledges(database, count);
  return database;
}

type Call = () => Promise<unknown>;

async function calls(database: Database): Promise<{ list: Call; item: Call }> {
  const { items } = await listPledges({ db: database.db, limit: 100, countLimit: 1000 });
  let n = 0;
  return {
    list: () =>
      listPledges({
        db: database.db,
        filters: { objective: objectives[n % objectives.length], country: countries[n++ % countries.length] },
        locale: 'ar',
        limit: 25,
        countLimit: 1000,
      }),
    item: () =>
      getPledge({ db: database.db, subject: anonymousSubject, pledgeId: items[n++ % items.length]!.id }),
  };
}

async function perCall(call: Call, times: number) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < times; i++) await call();
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1000 / times, wall: (performance.now() - started) / times };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

console.log(`${store} statements: ${count} pledges, ${rounds} rounds of 100 calls each way`);
const unnamedDb = await open(false);
const namedDb = await open(true);
const unnamed = await calls(unnamedDb);
const named = await calls(namedDb);
for (const what of ['list', 'item'] as const) {
  await perCall(unnamed[what], 30);
  await perCall(named[what], 30);
  const figures = {
    unnamed: [] as { cpu: number; wall: number }[],
    named: [] as { cpu: number; wall: number }[],
  };
  for (let round = 0; round < rounds; round++) {
    figures.unnamed.push(await perCall(unnamed[what], 100));
    figures.named.push(await perCall(named[what], 100));
  }
  const line = (label: string, list: { cpu: number; wall: number }[]) =>
    `  ${what} ${label}: ${median(list.map((f) => f.cpu)).toFixed(2)} ms CPU, ${median(list.map((f) => f.wall)).toFixed(2)} ms wall per call`;
  console.log(line('unnamed', figures.unnamed));
  console.log(line('named  ', figures.named));
}
await unnamedDb.close();
await namedDb.close();
