import type { ScheduleDefinition } from '~/platform/jobs/schedules.server';

/**
 * The daily registration-reminder job: its kind and schedule (pure); the app's job registry
 * (app/jobs.server.ts) pairs them with sendRegistrationReminders.
 */
export const registrationReminderKind = 'meetings.registration-reminders';

/** Daily at 07:00 UTC; the stored next run survives restarts (first run: the next 07:00). */
export function registrationReminderSchedule(now = new Date()): ScheduleDefinition {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 7));
  if (first <= now) first.setUTCDate(first.getUTCDate() + 1);
  return {
    name: 'meetings.registration-reminders.daily',
    kind: registrationReminderKind,
    every: '1 day',
    firstRunAt: first,
  };
}
