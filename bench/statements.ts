/**
 * `npm run bench:statements`: what named prepared statements (app/platform/pglite-prepared.server.ts)
 * save on the embedded store, in process. Two PGlite databases with the same benchmark pledges
 * (BENCH_PLEDGES, default 20,000), one opened with and one without prepared statements; the pledge
 * list as the API asks for it (objective and country filters, 25 rows, capped count) in turns,
 * BENCH_ROUNDS rounds (default 5) of 100 calls on each, median of the process CPU per call.
 */
import { seedReference } from '#db/seed/reference';
import { listPledges } from '~/modules/pledges/list-pledges.server';
import { type Database, openPglite } from '~/platform/db.server';
import { seedBenchPledges } from './pledge-data';

const count = Number(process.env.BENCH_PLEDGES ?? 20_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const objectives = [1, 2, 3, 5, 7, 8, 10, 12, 15, 20];
const countries = ['EGY', 'JOR', 'LBN', 'MAR', 'TUN', 'IRQ'];

async function open(preparedStatements: boolean): Promise<Database> {
  const database = await openPglite({ preparedStatements });
  await database.migrate();
  await seedReference(database.db);
  await seedBenchPledges(database, count);
  return database;
}

function cpuPerCall(database: Database) {
  let n = 0;
  const call = () =>
    listPledges({
      db: database.db,
      filters: { objective: objectives[n % objectives.length], country: countries[n++ % countries.length] },
      locale: 'ar',
      limit: 25,
      countLimit: 1000,
    });
  return async (calls: number) => {
    const start = process.cpuUsage();
    for (let i = 0; i < calls; i++) await call();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000 / calls;
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

console.log(`PGlite statements: ${count} pledges, ${rounds} rounds of 100 pledge-list calls each way`);
const plain = cpuPerCall(await open(false));
const prepared = cpuPerCall(await open(true));
await plain(30);
await prepared(30);
const figures = { plain: [] as number[], prepared: [] as number[] };
for (let round = 0; round < rounds; round++) {
  figures.plain.push(await plain(100));
  figures.prepared.push(await prepared(100));
}
const [a, b] = [median(figures.plain), median(figures.prepared)];
console.log(`  unnamed statements (PGlite's query): ${a.toFixed(2)} ms CPU per call`);
console.log(
  `  named prepared statements:           ${b.toFixed(2)} ms CPU per call (${((1 - b / a) * 100).toFixed(0)} % less)`,
);
process.exit(0);
