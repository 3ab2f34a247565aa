import { sql } from 'drizzle-orm';
import { jobs } from '#db/schema/index';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

export interface EnqueueJobOptions<P = unknown> {
  /** Pass the caller's transaction so the job is queued atomically with the change that caused it. */
  db?: DbOrTx;
  kind: string;
  payload: P;
  /** When the job becomes due; default now (database clock). */
  runAt?: Date;
  /** At most one queued or running job per key: a second enqueue with the same key is a no-op. */
  dedupeKey?: string;
  maxAttempts?: number;
}

/**
 * Queues a job. Returns its id, or null when a job with the same dedupe key is already queued or
 * running (nothing is inserted and the caller's transaction is not disturbed).
 */
export async function enqueueJob<P>(options: EnqueueJobOptions<P>): Promise<number | null> {
  const db = options.db ?? getDb();
  const rows = await db
    .insert(jobs)
    .values({
      kind: options.kind,
      payload: (options.payload ?? {}) as unknown,
      ...(options.runAt ? { runAt: options.runAt } : {}),
      dedupeKey: options.dedupeKey ?? null,
      ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    })
    .onConflictDoNothing({
      target: jobs.dedupeKey,
      // Must match the partial unique index jobs_dedupe_key_active.
      where: sql`${sql.identifier('dedupe_key')} is not null and ${sql.identifier('status')} in ('queued', 'running')`,
    })
    .returning({ id: jobs.id });
  return rows[0]?.id ?? null;
}
