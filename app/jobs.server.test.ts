import { describe, expect, it } from 'vitest';
import { mailJobKind } from '~/platform/jobs/mail.server';
import { jobHandlers, jobSchedules } from './jobs.server';

describe('job registry', () => {
  it('runs queued mail and every kind a schedule enqueues', () => {
    expect(jobHandlers[mailJobKind]).toBeTypeOf('function');
    for (const schedule of jobSchedules)
      expect(jobHandlers[schedule.kind], schedule.name).toBeTypeOf('function');
    expect(new Set(jobSchedules.map((s) => s.name)).size).toBe(jobSchedules.length);
  });
});
