import { sql } from 'drizzle-orm';
import { jobSchedules } from '#db/schema/index';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

export interface ScheduleDefinition<P = unknown> {
  /** Stable name (the primary key); e.g. `digest.weekly`. */
  name: string;
  kind: string;
  payload?: P;
  /** `<n> minute(s)|hour(s)|day(s)|week(s)`, e.g. `'1 day'`, `'15 minutes'`. */
  every: string;
  /** First run (anchors the time of day); default now. Ignored when the schedule already exists. */
  firstRunAt?: Date;
  enabled?: boolean;
}

const units: Record<string, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000 };

/** Milliseconds of an `every` value; throws on anything else (no months: they have no fixed length). */
export function parseEvery(every: string): number {
  const m = /^\s*(\d+)\s+(minute|hour|day|week)s?\s*$/i.exec(every);
  const n = m ? Number(m[1]) : 0;
  if (!m || n < 1) {
    throw new Error(`Invalid schedule interval '${every}': use '<n> minutes|hours|days|weeks'`);
  }
  return n * units[m[2]!.toLowerCase()]!;
}

/**
 * The first run time after `now`, stepping from the previous `nextRunAt` so the time of day stays
 * anchored; runs missed while no instance was up are skipped (one run, not one per missed period).
 */
export function nextRunAfter(previous: Date, every: string, now: Date): Date {
  const step = parseEvery(every);
  const behind = now.getTime() - previous.getTime();
  const periods = behind < 0 ? 1 : Math.floor(behind / step) + 1;
  return new Date(previous.getTime() + periods * step);
}

/**
 * Creates or updates a recurring job. Kind, payload and interval follow the code; an existing
 * `next_run_at` is kept so restarts neither skip nor repeat a run (unless the interval changed).
 */
export async function upsertSchedule(options: ScheduleDefinition & { db?: DbOrTx }): Promise<void> {
  parseEvery(options.every);
  const db = options.db ?? getDb();
  await db
    .insert(jobSchedules)
    .values({
      name: options.name,
      kind: options.kind,
      payload: (options.payload ?? {}) as unknown,
      every: options.every,
      nextRunAt: options.firstRunAt ?? new Date(),
      enabled: options.enabled ?? true,
    })
    .onConflictDoUpdate({
      target: jobSchedules.name,
      set: {
        kind: sql`excluded.kind`,
        payload: sql`excluded.payload`,
        every: sql`excluded.every`,
        enabled: sql`excluded.enabled`,
        nextRunAt: sql`case when ${jobSchedules.every} = excluded.every then ${jobSchedules.nextRunAt} else excluded.next_run_at end`,
        updatedAt: sql`now()`,
      },
      setWhere: sql`(${jobSchedules.kind}, ${jobSchedules.payload}, ${jobSchedules.every}, ${jobSchedules.enabled}) is distinct from (excluded.kind, excluded.payload, excluded.every, excluded.enabled)`,
    });
}
