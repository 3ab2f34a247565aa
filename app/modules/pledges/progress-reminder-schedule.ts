import type { ScheduleDefinition } from '~/platform/jobs/schedules.server';

/**
 * The daily progress-reminder job: its kind and schedule, kept apart from the job's code so the
 * job registry (app/platform/jobs/handlers.server.ts) can name it without importing the mail code
 * that itself imports the registry.
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
