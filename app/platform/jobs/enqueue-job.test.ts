import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { cancelJobs } from './cancel-jobs.server';
import { enqueueJob } from './enqueue-job.server';
import { createJobRunner } from './job-runner.server';

for (const store of testStores) {
  describe(`enqueue and cancel jobs (${store})`, () => {
    const platform = useTestPlatform(store);
    const statuses = async () =>
      (
        await platform().database.db.execute<{ dedupe_key: string | null; status: string }>(
          sql`select dedupe_key, status from jobs order by id`,
        )
      ).rows;

    beforeEach(async () => {
      await platform().database.db.execute(sql`delete from jobs`);
    });

    it('queues a job with the same dedupe key only once while it is pending', async () => {
      const first = await enqueueJob({ kind: 'test.record', payload: {}, dedupeKey: 'reminder:c1:EGY' });
      expect(first).toBeTypeOf('number');
      expect(await enqueueJob({ kind: 'test.record', payload: {}, dedupeKey: 'reminder:c1:EGY' })).toBeNull();
      expect(await enqueueJob({ kind: 'test.record', payload: {}, dedupeKey: 'reminder:c1:JOR' })).toBeTypeOf(
        'number',
      );
      expect(await enqueueJob({ kind: 'test.record', payload: {} })).toBeTypeOf('number');
      expect(await enqueueJob({ kind: 'test.record', payload: {} })).toBeTypeOf('number');
      expect(await statuses()).toHaveLength(4);

      // Once it has run, the same key may be queued again (next cycle's reminder).
      await createJobRunner({ handlers: { 'test.record': async () => {} }, concurrency: 5 }).runOnce();
      expect(await enqueueJob({ kind: 'test.record', payload: {}, dedupeKey: 'reminder:c1:EGY' })).toBeTypeOf(
        'number',
      );
    });

    it('queues atomically with the caller’s transaction', async () => {
      const { db } = platform().database;
      await expect(
        db.transaction(async (tx) => {
          expect(await enqueueJob({ db: tx, kind: 'test.record', payload: {}, dedupeKey: 'k' })).toBeTypeOf(
            'number',
          );
          // A duplicate inside the transaction is a no-op, not an error that aborts it.
          expect(await enqueueJob({ db: tx, kind: 'test.record', payload: {}, dedupeKey: 'k' })).toBeNull();
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(await statuses()).toHaveLength(0);
      await db.transaction(async (tx) => {
        await enqueueJob({ db: tx, kind: 'test.record', payload: {}, dedupeKey: 'k' });
      });
      expect(await statuses()).toHaveLength(1);
    });

    it('cancels queued jobs by dedupe key prefix or by kind and payload', async () => {
      await enqueueJob({
        kind: 'review.reminder',
        payload: { cycle: 'c1', country: 'EGY' },
        dedupeKey: 'rr:c1:EGY',
      });
      await enqueueJob({
        kind: 'review.reminder',
        payload: { cycle: 'c1', country: 'JOR' },
        dedupeKey: 'rr:c1:JOR',
      });
      await enqueueJob({
        kind: 'review.reminder',
        payload: { cycle: 'c2', country: 'EGY' },
        dedupeKey: 'rr:c2:EGY',
      });
      await enqueueJob({ kind: 'pledge.reminder', payload: { cycle: 'c1' } });
      expect(await cancelJobs({ dedupeKeyPrefix: 'rr:c1:' })).toBe(2);
      expect(await cancelJobs({ dedupeKeyPrefix: 'rr:c1:' })).toBe(0);
      expect(await cancelJobs({ kind: 'review.reminder', payload: { cycle: 'c2', country: 'JOR' } })).toBe(0);
      expect(await cancelJobs({ kind: 'review.reminder', payload: { cycle: 'c2' } })).toBe(1);
      expect((await statuses()).map((j) => j.status)).toEqual([
        'cancelled',
        'cancelled',
        'cancelled',
        'queued',
      ]);
      // A cancelled reminder no longer blocks queueing it again.
      expect(await enqueueJob({ kind: 'review.reminder', payload: {}, dedupeKey: 'rr:c1:EGY' })).toBeTypeOf(
        'number',
      );
      expect(await cancelJobs({ kind: 'pledge.reminder' })).toBe(1);
    });
  });
}
