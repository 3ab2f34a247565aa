import { sql } from 'drizzle-orm';
import type { Db } from './db.server';
import { enqueueJob } from './jobs/enqueue-job.server';
import type { ScheduleDefinition } from './jobs/schedules.server';
import { logger } from './logger.server';
import { getDb } from './platform.server';

/**
 * The embedded store has no autovacuum: after bulk writes (an import, a seed, a day of edits) GIN
 * pending lists keep every new entry unsorted and planner statistics go stale, and the same query
 * ran 2.4× slower at 50,000 pledges. This does what autovacuum would: VACUUM (ANALYZE) each table
 * whose writes since its last vacuum or analyse pass autovacuum's default thresholds (so a run with
 * nothing to do costs one catalogue query). On PostgreSQL autovacuum does the same in the background;
 * running it there too is harmless.
 */
export const maintenanceJobKind = 'database.maintenance';

/**
 * Autovacuum's defaults: analyse after 50 + 10 % changed rows, vacuum after 1,000 + 20 % inserted or
 * 50 + 20 % dead. Sizes come from pg_class (kept by VACUUM and ANALYZE), not from the activity
 * counters, which the embedded store loses at every restart.
 */
const dueTables = sql`
  select s.schemaname as schema, s.relname as name
  from pg_stat_user_tables s join pg_class c on c.oid = s.relid
  where s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)
     or s.n_ins_since_vacuum > 1000 + 0.2 * greatest(c.reltuples, 0)
     or s.n_dead_tup > 50 + 0.2 * greatest(c.reltuples, 0)
  order by c.reltuples desc`;

/** Vacuums and analyses the tables that need it; `all` does every table (after a seed or restore). */
export async function maintainDatabase(
  options: { db?: Db; all?: boolean } = {},
): Promise<{ tables: string[]; ms: number }> {
  const db = options.db ?? getDb();
  const started = performance.now();
  if (options.all) {
    await db.execute(sql`vacuum (analyze)`);
    return { tables: ['*'], ms: performance.now() - started };
  }
  // The embedded store publishes its activity counters lazily: flush them so the next statement sees them.
  await db.execute(sql`select pg_stat_force_next_flush()`);
  const due = (await db.execute<{ schema: string; name: string }>(dueTables)).rows;
  // VACUUM cannot run in a transaction block, hence one statement per table, outside any transaction.
  for (const table of due) {
    await db.execute(sql`vacuum (analyze) ${sql.identifier(table.schema)}.${sql.identifier(table.name)}`);
  }
  const result = { tables: due.map((t) => `${t.schema}.${t.name}`), ms: performance.now() - started };
  if (due.length) logger.info({ tables: result.tables, ms: Math.round(result.ms) }, 'database maintained');
  return result;
}

/**
 * Queues a maintenance run after a bulk write (pass the writer's transaction: it runs only if the
 * write commits); at most one is queued at a time.
 */
export async function scheduleMaintenance(db?: Parameters<typeof enqueueJob>[0]['db']): Promise<void> {
  await enqueueJob({ db, kind: maintenanceJobKind, payload: {}, dedupeKey: maintenanceJobKind });
}

/** Hourly: cheap when nothing changed, and catches many small writes between imports. */
export const maintenanceSchedule: ScheduleDefinition = {
  name: 'database.maintenance.hourly',
  kind: maintenanceJobKind,
  every: '1 hour',
};
