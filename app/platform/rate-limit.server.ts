import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db.server';
import { getDb } from './platform.server';

export interface RateLimitWindow {
  /** How many hits the window allows. */
  limit: number;
  windowMs: number;
}

export interface RateLimitResult {
  /** True while the hits in the current window (this one included) stay within the limit. */
  allowed: boolean;
  /** Hits counted in the current window, this one included. */
  count: number;
  /** Seconds until the window ends (0 when allowed). */
  retryAfterSeconds: number;
}

interface Options extends RateLimitWindow {
  db?: DbOrTx;
  /** For tests: the clock. The application's clock is used, never the database's, so both agree. */
  now?: Date;
}

type Row = { count: number | string; window_start: Date | string };

function toResult(row: Row | undefined, limit: number, windowMs: number, now: Date): RateLimitResult {
  if (!row) return { allowed: true, count: 0, retryAfterSeconds: 0 };
  const count = Number(row.count);
  const endsAt = new Date(row.window_start).getTime() + windowMs;
  const allowed = count <= limit;
  return {
    allowed,
    count,
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)),
  };
}

/**
 * Counts one hit against `key` in a fixed window and says whether it is allowed. One atomic
 * upsert: a new key or an ended window starts again at 1, otherwise the count goes up by one.
 * Works the same on PGlite and PostgreSQL; concurrent hits on one key serialise on its row.
 */
export async function hit(key: string, options: Options): Promise<RateLimitResult> {
  const db = options.db ?? getDb();
  const now = options.now ?? new Date();
  const nowIso = now.toISOString();
  const cutoffIso = new Date(now.getTime() - options.windowMs).toISOString();
  const result = await db.execute<Row>(sql`
    insert into rate_limits as r (key, count, window_start)
    values (${key}, 1, ${nowIso}::timestamptz)
    on conflict (key) do update set
      count = case when r.window_start <= ${cutoffIso}::timestamptz then 1 else r.count + 1 end,
      window_start = case when r.window_start <= ${cutoffIso}::timestamptz then ${nowIso}::timestamptz else r.window_start end
    returning count, window_start`);
  // Now and then, outside any caller's transaction, drop counters long finished.
  if (!options.db && Math.random() < 0.01) void pruneRateLimits({ db, now }).catch(() => {});
  return toResult(result.rows[0], options.limit, options.windowMs, now);
}

/** The current state of `key` without counting a hit: `allowed` is false once the limit is reached. */
export async function peek(key: string, options: Options): Promise<RateLimitResult> {
  const db = options.db ?? getDb();
  const now = options.now ?? new Date();
  const cutoffIso = new Date(now.getTime() - options.windowMs).toISOString();
  const result = await db.execute<Row>(
    sql`select count, window_start from rate_limits where key = ${key} and window_start > ${cutoffIso}::timestamptz`,
  );
  const row = result.rows[0];
  if (!row) return { allowed: true, count: 0, retryAfterSeconds: 0 };
  // Reached (not only exceeded): the next hit would go over.
  const state = toResult({ ...row, count: Number(row.count) + 1 }, options.limit, options.windowMs, now);
  return { ...state, count: Number(row.count) };
}

/** Forgets a key (e.g. the failed sign-in counter after a successful sign-in or a password reset). */
export async function resetLimit(key: string, options: { db?: DbOrTx } = {}): Promise<void> {
  const db = options.db ?? getDb();
  await db.execute(sql`delete from rate_limits where key = ${key}`);
}

/** Deletes counters whose window started more than a day ago (longer than any window in use). */
export async function pruneRateLimits(options: { db?: DbOrTx; now?: Date } = {}): Promise<void> {
  const db = options.db ?? getDb();
  const cutoff = new Date((options.now ?? new Date()).getTime() - 86_400_000).toISOString();
  await db.execute(sql`delete from rate_limits where window_start < ${cutoff}::timestamptz`);
}

/**
 * Slowing down instead of locking out: a few failures are free, then each further attempt waits
 * baseMs, doubling with every failure up to maxMs, counted from the last failure. The count starts
 * again after quietMs without one. Nobody is ever locked out for longer than maxMs.
 */
export interface SlowdownPolicy {
  free: number;
  baseMs: number;
  maxMs: number;
  quietMs: number;
}

/** Counts one failure against `key` (the count restarts after the policy's quiet time). */
export async function recordFailure(
  key: string,
  policy: SlowdownPolicy,
  options: { db?: DbOrTx; now?: Date } = {},
): Promise<void> {
  const db = options.db ?? getDb();
  const now = options.now ?? new Date();
  const nowIso = now.toISOString();
  const quietIso = new Date(now.getTime() - policy.quietMs).toISOString();
  await db.execute(sql`
    insert into rate_limits as r (key, count, window_start)
    values (${key}, 1, ${nowIso}::timestamptz)
    on conflict (key) do update set
      count = case when r.window_start <= ${quietIso}::timestamptz then 1 else r.count + 1 end,
      window_start = ${nowIso}::timestamptz`);
}

/** Milliseconds until `key` may try again (0: now). */
export async function slowdownWait(
  key: string,
  policy: SlowdownPolicy,
  options: { db?: DbOrTx; now?: Date } = {},
): Promise<number> {
  const db = options.db ?? getDb();
  const now = options.now ?? new Date();
  const quietIso = new Date(now.getTime() - policy.quietMs).toISOString();
  const result = await db.execute<Row>(
    sql`select count, window_start from rate_limits where key = ${key} and window_start > ${quietIso}::timestamptz`,
  );
  const row = result.rows[0];
  if (!row || Number(row.count) < policy.free) return 0;
  const delay = Math.min(policy.maxMs, policy.baseMs * 2 ** (Number(row.count) - policy.free));
  return Math.max(0, new Date(row.window_start).getTime() + delay - now.getTime());
}

export const minutes = (n: number) => n * 60_000;

/** The windows the public forms use, in one place so they are easy to review and tune. */
export const limits = {
  /** Every sign-in attempt from one address (argon2 costs CPU): a workshop room stays far below. */
  signInPerIp: { limit: 300, windowMs: minutes(15) },
  passwordChangeFailuresPerUser: { limit: 5, windowMs: minutes(15) },
  signUpPerIp: { limit: 10, windowMs: minutes(60) },
  mailPerIp: { limit: 10, windowMs: minutes(60) },
  mailPerEmail: { limit: 3, windowMs: minutes(60) },
  addMemberPerUser: { limit: 30, windowMs: minutes(60) },
} satisfies Record<string, RateLimitWindow>;

/**
 * Sign-in slowdowns (decision in docs/decisions.md): per account from one address (a guesser slows
 * only itself, up to 15 minutes), per account from anywhere (at most 30 s: an attacker can delay the
 * owner, never lock them out), per address across accounts (40 people behind one office address
 * with typos stay within the free allowance).
 */
export const slowdowns = {
  signInPerAccountFromIp: { free: 5, baseMs: 1000, maxMs: minutes(15), quietMs: minutes(15) },
  signInPerAccount: { free: 10, baseMs: 1000, maxMs: 30_000, quietMs: minutes(15) },
  signInPerIp: { free: 100, baseMs: 1000, maxMs: 60_000, quietMs: minutes(15) },
} satisfies Record<string, SlowdownPolicy>;

/** Seconds → whole minutes for messages ("try again in N minutes"), at least 1. */
export function retryMinutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}
