import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { jobs } from '#db/schema/index';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

export type CancelJobsOptions = { db?: DbOrTx } & (
  | { dedupeKeyPrefix: string }
  /** Every queued job of this kind whose payload contains `payload` (jsonb `@>`), or all of the kind. */
  | { kind: string; payload?: Record<string, unknown> }
);

/**
 * Cancels queued jobs (e.g. the reminders of a cycle once the focal point has submitted). A job
 * already running is not interrupted. Returns how many jobs were cancelled.
 */
export async function cancelJobs(options: CancelJobsOptions): Promise<number> {
  const db = options.db ?? getDb();
  let match: SQL | undefined;
  if ('dedupeKeyPrefix' in options) {
    if (!options.dedupeKeyPrefix) throw new Error('cancelJobs: dedupeKeyPrefix must not be empty');
    match = sql`starts_with(${jobs.dedupeKey}, ${options.dedupeKeyPrefix})`;
  } else {
    match = options.payload
      ? and(eq(jobs.kind, options.kind), sql`${jobs.payload} @> ${JSON.stringify(options.payload)}::jsonb`)
      : eq(jobs.kind, options.kind);
  }
  const rows = await db
    .update(jobs)
    .set({ status: 'cancelled', finishedAt: sql`now()`, lockedAt: null, lockedBy: null })
    .where(and(inArray(jobs.status, ['queued']), match))
    .returning({ id: jobs.id });
  return rows.length;
}
