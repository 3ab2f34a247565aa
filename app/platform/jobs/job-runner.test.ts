import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { logger } from '../logger.server';
import { enqueueJob } from './enqueue-job.server';
import { createJobRunner, type JobHandlers, type JobRunnerOptions } from './job-runner.server';
import { nextRunAfter, parseEvery } from './schedules.server';

const minute = 60_000;
const quiet = logger.child({}, { level: 'silent' });

type JobRow = {
  id: number;
  kind: string;
  status: string;
  attempts: number;
  run_at: Date;
  last_error: string | null;
  finished_at: Date | null;
  locked_by: string | null;
};

describe('schedule intervals', () => {
  it('parses <n> units and refuses anything else', () => {
    expect(parseEvery('1 day')).toBe(86_400_000);
    expect(parseEvery('15 minutes')).toBe(15 * minute);
    expect(parseEvery('2 weeks')).toBe(14 * 86_400_000);
    expect(() => parseEvery('1 month')).toThrow(/Invalid schedule interval/);
    expect(() => parseEvery('0 days')).toThrow();
    expect(() => parseEvery('08:00')).toThrow();
  });
  it('keeps the time of day and skips missed periods', () => {
    const prev = new Date('2030-01-01T06:00:00Z');
    expect(nextRunAfter(prev, '1 day', new Date('2030-01-01T06:00:00Z')).toISOString()).toBe(
      '2030-01-02T06:00:00.000Z',
    );
    expect(nextRunAfter(prev, '1 day', new Date('2030-01-05T07:30:00Z')).toISOString()).toBe(
      '2030-01-06T06:00:00.000Z',
    );
  });
});

for (const store of testStores) {
  describe(`job runner (${store})`, () => {
    const platform = useTestPlatform(store);
    let clock: Date;
    const now = () => clock;
    const advance = (ms: number) => {
      clock = new Date(clock.getTime() + ms);
    };
    const runner = (handlers: JobHandlers, options: Partial<JobRunnerOptions> = {}) =>
      createJobRunner({ handlers, now, db: platform().database.db, concurrency: 2, log: quiet, ...options });
    const rows = async () =>
      (
        await platform().database.db.execute<JobRow>(
          sql`select id, kind, status, attempts, run_at, last_error, finished_at, locked_by from jobs order by id`,
        )
      ).rows.map((r) => ({ ...r, id: Number(r.id), run_at: new Date(r.run_at) }));

    beforeEach(async () => {
      clock = new Date('2030-01-01T00:00:00Z');
      await platform().database.db.execute(sql`delete from jobs`);
      await platform().database.db.execute(sql`delete from job_schedules`);
    });

    it('runs a queued job and marks it done', async () => {
      const seen: unknown[] = [];
      const id = await enqueueJob({ kind: 'test.record', payload: { n: 1 } });
      const r = runner({
        'test.record': async (payload, ctx) => {
          seen.push(payload);
          expect(ctx.attempt).toBe(1);
          expect(ctx.id).toBe(id);
        },
      });
      expect(await r.runOnce()).toBe(1);
      expect(seen).toEqual([{ n: 1 }]);
      const [job] = await rows();
      expect(job).toMatchObject({ status: 'done', attempts: 1, locked_by: null, last_error: null });
      expect(job?.finished_at).not.toBeNull();
      expect(await r.runOnce()).toBe(0);
    });

    it('does not run a job before its time', async () => {
      await enqueueJob({ kind: 'test.record', payload: {}, runAt: new Date(clock.getTime() + 10 * minute) });
      const r = runner({ 'test.record': async () => {} });
      expect(await r.runOnce()).toBe(0);
      advance(10 * minute);
      expect(await r.runOnce()).toBe(1);
    });

    it('retries with exponential backoff, then fails after max attempts', async () => {
      await enqueueJob({ kind: 'test.flaky', payload: {}, maxAttempts: 3 });
      let calls = 0;
      const r = runner({
        'test.flaky': async () => {
          calls++;
          throw new Error('550 mailbox unavailable: someone@example.org');
        },
      });
      expect(await r.runOnce()).toBe(1);
      let [job] = await rows();
      expect(job).toMatchObject({ status: 'queued', attempts: 1 });
      expect(job?.run_at.getTime()).toBe(clock.getTime() + minute);
      expect(job?.last_error).toBe('Error: 550 mailbox unavailable: [email]');

      expect(await r.runOnce()).toBe(0); // backoff not elapsed
      advance(minute);
      expect(await r.runOnce()).toBe(1);
      [job] = await rows();
      expect(job).toMatchObject({ status: 'queued', attempts: 2 });
      expect(job?.run_at.getTime()).toBe(clock.getTime() + 2 * minute);

      advance(2 * minute);
      expect(await r.runOnce()).toBe(1);
      [job] = await rows();
      expect(job).toMatchObject({ status: 'failed', attempts: 3 });
      expect(job?.finished_at).not.toBeNull();
      advance(60 * minute);
      expect(await r.runOnce()).toBe(0);
      expect(calls).toBe(3);
    });

    it('fails a job of an unknown kind at once, with a clear error', async () => {
      await enqueueJob({ kind: 'no.such.kind', payload: {} });
      await runner({}).runOnce();
      const [job] = await rows();
      expect(job).toMatchObject({ status: 'failed', attempts: 1 });
      expect(job?.last_error).toBe("UnknownJobKindError: No handler for job kind 'no.such.kind'");
    });

    it('never runs the same job twice with two runners on one database', async () => {
      const n = 24;
      for (let i = 0; i < n; i++) await enqueueJob({ kind: 'test.count', payload: { i } });
      const runs = new Map<number, string[]>();
      const handlerFor = (name: string): JobHandlers => ({
        'test.count': async (_payload, ctx) => {
          runs.set(ctx.id, [...(runs.get(ctx.id) ?? []), name]);
          await new Promise((resolve) => setTimeout(resolve, 2));
        },
      });
      const a = runner(handlerFor('a'), { concurrency: 3, id: 'a' });
      const b = runner(handlerFor('b'), { concurrency: 3, id: 'b' });
      for (let round = 0; round < 20; round++) {
        const [x, y] = await Promise.all([a.runOnce(), b.runOnce()]);
        if (x + y === 0) break;
      }
      expect(runs.size).toBe(n);
      for (const names of runs.values()) expect(names).toHaveLength(1);
      if (store === 'postgres') {
        const by = new Set([...runs.values()].flat());
        expect(by).toEqual(new Set(['a', 'b'])); // both runners did work, concurrently
      }
      expect((await rows()).every((j) => j.status === 'done' && j.attempts === 1)).toBe(true);
    });

    it('enqueues a schedule once per period, across restarts and instances', async () => {
      let count = 0;
      const handlers: JobHandlers = {
        'test.digest': async (payload) => {
          expect(payload).toEqual({ scope: 'all' });
          count++;
        },
      };
      const schedules = [{ name: 'digest', kind: 'test.digest', payload: { scope: 'all' }, every: '1 day' }];
      const first = runner(handlers, { schedules });
      expect(await first.runOnce()).toBe(1);
      expect(await first.runOnce()).toBe(0);
      advance(23 * 60 * minute);
      expect(await first.runOnce()).toBe(0);
      await first.stop();

      // "Restart": a new runner reads next_run_at from the table instead of starting over.
      const second = runner(handlers, { schedules });
      const third = runner(handlers, { schedules });
      expect(await second.runOnce()).toBe(0);
      advance(60 * minute);
      const claimed = await Promise.all([second.runOnce(), third.runOnce()]);
      expect(claimed[0] + claimed[1]).toBe(1);
      expect(count).toBe(2);
      const s = await platform().database.db.execute<{ next_run_at: Date }>(
        sql`select next_run_at from job_schedules where name = 'digest'`,
      );
      expect(new Date(s.rows[0]!.next_run_at).toISOString()).toBe('2030-01-03T00:00:00.000Z');

      // Down for three days: one catch-up run, not three.
      advance(3 * 24 * 60 * minute);
      await second.runOnce();
      await second.runOnce();
      expect(count).toBe(3);
    });

    it('re-queues a job left running by a crashed runner', async () => {
      const db = platform().database.db;
      const id = await enqueueJob({ kind: 'test.record', payload: {} });
      const spent = await enqueueJob({ kind: 'test.record', payload: {}, maxAttempts: 1 });
      const lockedAt = new Date(clock.getTime() - 31 * minute).toISOString();
      await db.execute(
        sql`update jobs set status = 'running', attempts = 1, locked_by = 'dead', locked_at = ${lockedAt}::timestamptz`,
      );
      let ran = 0;
      const r = runner({
        'test.record': async () => {
          ran++;
        },
      });
      expect(await r.runOnce()).toBe(1);
      expect(ran).toBe(1);
      const jobs = await rows();
      expect(jobs.find((j) => j.id === id)).toMatchObject({ status: 'done', attempts: 2 });
      expect(jobs.find((j) => j.id === spent)).toMatchObject({ status: 'failed', attempts: 1 });
      expect(jobs.find((j) => j.id === spent)?.last_error).toMatch(/Interrupted/);
    });

    it('leaves a recently started job alone', async () => {
      await enqueueJob({ kind: 'test.record', payload: {} });
      const lockedAt = new Date(clock.getTime() - 5 * minute).toISOString();
      await platform().database.db.execute(
        sql`update jobs set status = 'running', attempts = 1, locked_by = 'other', locked_at = ${lockedAt}::timestamptz`,
      );
      expect(await runner({ 'test.record': async () => {} }).runOnce()).toBe(0);
      expect((await rows())[0]).toMatchObject({ status: 'running', locked_by: 'other' });
    });

    it('stop() waits for running jobs, and re-queues those that outlast the timeout', async () => {
      await enqueueJob({ kind: 'test.slow', payload: {} });
      let release = () => {};
      const r = runner({
        'test.slow': () =>
          new Promise<void>((resolve) => {
            release = resolve;
          }),
      });
      expect(await r.tick()).toBe(1);
      const stopped = r.stop();
      release();
      await stopped;
      expect((await rows())[0]).toMatchObject({ status: 'done' });

      await enqueueJob({ kind: 'test.hang', payload: {} });
      let aborted = false;
      const hang = runner(
        {
          'test.hang': (_payload, ctx) =>
            new Promise<void>((resolve) => {
              ctx.signal.addEventListener('abort', () => {
                aborted = true;
                resolve();
              });
            }),
        },
        { stopTimeoutMs: 20 },
      );
      expect(await hang.tick()).toBe(1);
      await hang.stop();
      expect(aborted).toBe(true);
      expect((await rows())[1]).toMatchObject({ status: 'queued', attempts: 1, locked_by: null });
    });

    it('polls on its own once started', async () => {
      await enqueueJob({ kind: 'test.record', payload: {} });
      let done: () => void = () => {};
      const ran = new Promise<void>((resolve) => {
        done = resolve;
      });
      const r = runner({ 'test.record': async () => done() }, { pollMs: 10 });
      r.start();
      await ran;
      await r.stop();
      expect((await rows())[0]).toMatchObject({ status: 'done' });
    });
  });
}
