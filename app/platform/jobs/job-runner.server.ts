import crypto from 'node:crypto';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db, DbOrTx } from '~/platform/db.server';
import { logger as rootLogger } from '~/platform/logger.server';
import { getDb } from '~/platform/platform.server';
import { enqueueJob } from './enqueue-job.server';
import { nextRunAfter, type ScheduleDefinition, upsertSchedule } from './schedules.server';

export interface JobContext {
  id: number;
  kind: string;
  /** 1 on the first run. */
  attempt: number;
  maxAttempts: number;
  db: Db;
  log: Logger;
  /** Aborted when the runner stops and the job has not finished within the stop timeout. */
  signal: AbortSignal;
}

// biome-ignore lint/suspicious/noExplicitAny: each handler validates its own payload
export type JobHandler<P = any> = (payload: P, ctx: JobContext) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

export interface JobRunnerOptions {
  handlers: JobHandlers;
  /** Recurring jobs to create or update at start (see upsertSchedule). */
  schedules?: ScheduleDefinition[];
  db?: Db;
  /** Between polls when idle; default 5 s. */
  pollMs?: number;
  /** Jobs run at once by this runner; default 2. */
  concurrency?: number;
  /** A job 'running' longer than this is taken to be from a crashed runner and re-queued; default 30 min. */
  stuckAfterMs?: number;
  /** How long stop() waits for running jobs; default 5 s. */
  stopTimeoutMs?: number;
  /** Delay before retry number `attempts` + 1; default 1 min × 2^(attempts − 1), at most 1 h. */
  backoffMs?: (attempts: number) => number;
  /** Finished jobs (done, failed, cancelled) are deleted after this; default 30 days. */
  retentionMs?: number;
  /** Injected clock (tests). */
  now?: () => Date;
  /** Written to locked_by; default host:pid:random. */
  id?: string;
  log?: Logger;
}

export interface JobRunner {
  readonly id: string;
  /** One poll: recover stuck jobs, enqueue due schedules, claim and start due jobs. Returns how many were claimed. */
  tick(): Promise<number>;
  /** tick() and wait for the jobs it started (tests). */
  runOnce(): Promise<number>;
  start(): void;
  /** Stops polling and waits (bounded) for running jobs; unfinished ones are re-queued. */
  stop(): Promise<void>;
}

export const defaultBackoffMs = (attempts: number) =>
  Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);

const emailPattern = /[^\s@<>"'()[\],;:]+@[^\s@<>"'()[\],;:]+\.[^\s@<>"'()[\],;:]+/g;

/** The error message only (no stack, no payload), e-mail addresses masked, at most 500 characters. */
export function errorSummary(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.replace(emailPattern, '[email]').slice(0, 500);
}

type ClaimedRow = {
  id: string | number;
  kind: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
};

const iso = (d: Date) => sql`${d.toISOString()}::timestamptz`;

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const id = options.id ?? `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`;
  const pollMs = options.pollMs ?? 5_000;
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const stuckAfterMs = options.stuckAfterMs ?? 30 * 60_000;
  const stopTimeoutMs = options.stopTimeoutMs ?? 5_000;
  const backoffMs = options.backoffMs ?? defaultBackoffMs;
  const retentionMs = options.retentionMs ?? 30 * 86_400_000;
  const now = options.now ?? (() => new Date());
  const log = (options.log ?? rootLogger).child({ jobRunner: id });
  const db = () => options.db ?? getDb();

  const running = new Map<number, { promise: Promise<void>; abort: AbortController }>();
  let initialised: Promise<void> | undefined;
  let polling: Promise<number> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let started = false;
  let stopping = false;
  let lastCleanup = 0;

  function init(): Promise<void> {
    initialised ??= (async () => {
      for (const schedule of options.schedules ?? []) {
        await upsertSchedule({ ...schedule, firstRunAt: schedule.firstRunAt ?? now(), db: db() });
      }
    })().catch((error) => {
      initialised = undefined;
      throw error;
    });
    return initialised;
  }

  async function recoverStuck(at: Date): Promise<void> {
    const r = await db().execute<{ id: number }>(sql`
      update jobs set
        status = case when attempts >= max_attempts then 'failed' else 'queued' end,
        finished_at = case when attempts >= max_attempts then ${iso(at)} else null end,
        run_at = ${iso(at)}, locked_at = null, locked_by = null,
        last_error = 'Interrupted: the runner stopped or crashed while running the job'
      where status = 'running' and locked_at < ${iso(new Date(at.getTime() - stuckAfterMs))}
      returning id`);
    if (r.rows.length) log.warn({ jobs: r.rows.map((row) => Number(row.id)) }, 'recovered stuck jobs');
  }

  async function enqueueDueSchedules(at: Date): Promise<void> {
    await db().transaction(async (tx) => {
      const due = await tx.execute<{
        name: string;
        kind: string;
        payload: unknown;
        every: string;
        next_run_at: Date | string;
      }>(sql`
        select name, kind, payload, every, next_run_at from job_schedules
        where enabled and next_run_at <= ${iso(at)}
        order by next_run_at limit 20
        for update skip locked`);
      for (const s of due.rows) {
        const previous = new Date(s.next_run_at);
        let next: Date;
        try {
          next = nextRunAfter(previous, s.every, at);
        } catch (error) {
          log.error({ schedule: s.name, err: errorSummary(error) }, 'invalid schedule: disabled');
          await tx.execute(
            sql`update job_schedules set enabled = false, updated_at = now() where name = ${s.name}`,
          );
          continue;
        }
        // One queued or running job per schedule: a slow run is not piled up behind.
        await enqueueJob({
          db: tx as DbOrTx,
          kind: s.kind,
          payload: s.payload,
          runAt: at,
          dedupeKey: `schedule:${s.name}`,
        });
        await tx.execute(
          sql`update job_schedules set next_run_at = ${iso(next)}, updated_at = now() where name = ${s.name}`,
        );
      }
    });
  }

  async function cleanup(at: Date): Promise<void> {
    if (at.getTime() - lastCleanup < 3_600_000) return;
    lastCleanup = at.getTime();
    await db().execute(sql`
      delete from jobs where status in ('done', 'failed', 'cancelled')
      and finished_at < ${iso(new Date(at.getTime() - retentionMs))}`);
  }

  async function claim(at: Date, limit: number): Promise<ClaimedRow[]> {
    const r = await db().execute<ClaimedRow>(sql`
      update jobs set status = 'running', attempts = attempts + 1, locked_at = ${iso(at)}, locked_by = ${id}
      where id in (
        select id from jobs
        -- run_at has microseconds (now() by default), the runner's clock milliseconds: a job queued
        -- within the current millisecond is due too.
        where status = 'queued' and run_at < ${iso(at)}::timestamptz + interval '1 millisecond'
        order by run_at, id
        limit ${limit}
        for update skip locked
      )
      returning id, kind, payload, attempts, max_attempts`);
    return r.rows;
  }

  async function finish(job: ClaimedRow, error: unknown): Promise<void> {
    const jobId = Number(job.id);
    const at = now();
    const mine = sql`id = ${jobId} and status = 'running' and locked_by = ${id}`;
    if (error === undefined) {
      await db().execute(sql`
        update jobs set status = 'done', finished_at = ${iso(at)}, locked_at = null, locked_by = null
        where ${mine}`);
      return;
    }
    const message = errorSummary(error);
    const retry = job.attempts < job.max_attempts && !(error instanceof UnknownJobKindError);
    if (retry) {
      const runAt = new Date(at.getTime() + backoffMs(job.attempts));
      await db().execute(sql`
        update jobs set status = 'queued', run_at = ${iso(runAt)}, last_error = ${message}, locked_at = null, locked_by = null
        where ${mine}`);
      log.warn(
        { job: jobId, kind: job.kind, attempt: job.attempts, err: message, retryAt: runAt },
        'job failed: will retry',
      );
    } else {
      await db().execute(sql`
        update jobs set status = 'failed', finished_at = ${iso(at)}, last_error = ${message}, locked_at = null, locked_by = null
        where ${mine}`);
      log.error({ job: jobId, kind: job.kind, attempt: job.attempts, err: message }, 'job failed');
    }
  }

  function run(job: ClaimedRow): void {
    const jobId = Number(job.id);
    const abort = new AbortController();
    const promise = (async () => {
      let error: unknown;
      try {
        const handler = Object.hasOwn(options.handlers, job.kind) ? options.handlers[job.kind] : undefined;
        if (!handler) throw new UnknownJobKindError(job.kind);
        await handler(job.payload, {
          id: jobId,
          kind: job.kind,
          attempt: job.attempts,
          maxAttempts: job.max_attempts,
          db: db(),
          log: log.child({ job: jobId, kind: job.kind }),
          signal: abort.signal,
        });
      } catch (e) {
        error = e ?? new Error('job failed');
      }
      if (abort.signal.aborted) return; // stop() gave up on it and re-queued it
      await finish(job, error).catch((e) =>
        log.error({ job: jobId, err: errorSummary(e) }, 'could not record job result'),
      );
    })().finally(() => {
      running.delete(jobId);
      if (started && !stopping) wake();
    });
    running.set(jobId, { promise, abort });
  }

  async function tick(): Promise<number> {
    await init();
    const at = now();
    await recoverStuck(at);
    await enqueueDueSchedules(at);
    await cleanup(at);
    const free = concurrency - running.size;
    if (free <= 0 || stopping) return 0;
    const claimed = await claim(at, free);
    for (const job of claimed) run(job);
    return claimed.length;
  }

  /** Never overlaps: a tick in progress is shared. */
  function poll(): Promise<number> {
    polling ??= tick().finally(() => {
      polling = undefined;
    });
    return polling;
  }

  function schedule(delay: number): void {
    if (!started || stopping) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      poll()
        .catch((error) => log.error({ err: errorSummary(error) }, 'job poll failed'))
        .then((claimed) => schedule(claimed && running.size < concurrency ? 0 : pollMs));
    }, delay);
    timer.unref();
  }

  /** A job finished: a slot is free, look for more work now rather than at the next poll. */
  function wake(): void {
    if (!polling) schedule(0);
  }

  return {
    id,
    tick: poll,
    async runOnce() {
      const claimed = await poll();
      await Promise.allSettled([...running.values()].map((r) => r.promise));
      return claimed;
    },
    start() {
      if (started) return;
      started = true;
      schedule(0);
    },
    async stop() {
      stopping = true;
      clearTimeout(timer);
      timer = undefined;
      await polling?.catch(() => {});
      if (!running.size) return;
      let timeout: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timeout = setTimeout(() => resolve('timeout'), stopTimeoutMs);
      });
      const result = await Promise.race([
        Promise.allSettled([...running.values()].map((r) => r.promise)).then(() => 'done' as const),
        timedOut,
      ]);
      clearTimeout(timeout);
      if (result === 'done') return;
      const ids = [...running.keys()];
      for (const r of running.values()) r.abort.abort();
      log.warn({ jobs: ids }, 'stopping with jobs still running: re-queued');
      await db()
        .execute(sql`
          update jobs set status = 'queued', run_at = now(), locked_at = null, locked_by = null,
            last_error = 'Interrupted: the runner stopped while running the job'
          where id in (${sql.join(
            ids.map((i) => sql`${i}`),
            sql`, `,
          )}) and status = 'running' and locked_by = ${id}`)
        .catch((e) => log.error({ err: errorSummary(e) }, 'could not re-queue interrupted jobs'));
    },
  };
}

export class UnknownJobKindError extends Error {
  constructor(kind: string) {
    super(`No handler for job kind '${kind}'`);
    this.name = 'UnknownJobKindError';
  }
}

/** Creates a runner and starts polling (the server does this after the platform opens). */
export function startJobRunner(options: JobRunnerOptions): JobRunner {
  const runner = createJobRunner(options);
  runner.start();
  return runner;
}
