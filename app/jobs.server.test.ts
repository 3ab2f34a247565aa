import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { maintenanceJobKind, scheduleMaintenance } from '~/platform/db-maintenance.server';
import { createJobRunner } from '~/platform/jobs/job-runner.server';
import { mailJobKind } from '~/platform/jobs/mail.server';
import { testStores, useTestPlatform } from '../tests/platform';
import { jobHandlers, jobSchedules } from './jobs.server';

describe('job registry', () => {
  it('runs queued mail and every kind a schedule enqueues', () => {
    expect(jobHandlers[mailJobKind]).toBeTypeOf('function');
    for (const schedule of jobSchedules)
      expect(jobHandlers[schedule.kind], schedule.name).toBeTypeOf('function');
    expect(new Set(jobSchedules.map((s) => s.name)).size).toBe(jobSchedules.length);
  });
});

for (const store of testStores) {
  describe(`database maintenance job (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;

    it('runs as a job: queued once after bulk writes, and every hour', async () => {
      await db().execute(sql`delete from jobs`);
      await db().transaction(async (tx) => {
        await scheduleMaintenance(tx);
        await scheduleMaintenance(tx);
      });
      const queued = await db().execute<{ kind: string }>(sql`select kind from jobs where status = 'queued'`);
      expect(queued.rows).toEqual([{ kind: maintenanceJobKind }]);
      expect(jobSchedules.some((s) => s.kind === maintenanceJobKind && s.every === '1 hour')).toBe(true);

      await createJobRunner({ handlers: jobHandlers, schedules: [] }).runOnce();
      const done = await db().execute<{ status: string }>(
        sql`select status from jobs where kind = ${maintenanceJobKind}`,
      );
      expect(done.rows).toEqual([{ status: 'done' }]);
    });
  });
}
