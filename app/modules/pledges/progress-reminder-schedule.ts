import type { ScheduleDefinition } from '~/platform/jobs/schedules.server';

/**
 * The daily progress-reminder job: its kind and schedule (pure, so tests can give it a clock); the
 * app's job registry (app/jobs.server.ts) pairs them with sendProgressReminders.
 */
export const progressReminderKind = 'pledges.progress-reminders';

/** Daily at 06:00 UTC; the stored next run survives restarts (first run: the next 06:00). */
export function progressReminderSchedule(now = new Date()): ScheduleDefinition {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 6));
  if (first <= now) first.setUTCDate(first.getUTCDate() + 1);
  return {
    name: 'pledges.progress-reminders.daily',
    kind: progressReminderKind,
    every: '1 day',
    firstRunAt: first,
  };
}
