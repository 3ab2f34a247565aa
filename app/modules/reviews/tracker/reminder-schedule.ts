import type { ScheduleDefinition } from '~/platform/jobs/schedules.server';

/**
 * The daily submission-reminder job: its kind, schedule and reminder days, free of server code so
 * the tracker page can show the days; the app's job registry (app/jobs.server.ts) pairs them with
 * sendSubmissionReminders.
 */
export const submissionReminderKind = 'reviews.submission-reminders';

/** Reminders go out this many days before a cycle's submission deadline. */
export const reminderDaysBefore = [14, 7, 1] as const;

/** Daily at 06:00 UTC; the stored next run survives restarts (first run: the next 06:00). */
export function submissionReminderSchedule(now = new Date()): ScheduleDefinition {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 6));
  if (first <= now) first.setUTCDate(first.getUTCDate() + 1);
  return {
    name: 'reviews.submission-reminders.daily',
    kind: submissionReminderKind,
    every: '1 day',
    firstRunAt: first,
  };
}

/**
 * The reminder due with this many days left: the nearest reminder day not yet passed (so a run
 * missed while the service was down still sends it, and a cycle opened 5 days before its deadline
 * gets the 7-day reminder, then the 1-day one); null before the first or after the deadline.
 */
export function reminderDue(daysLeft: number): number | null {
  if (daysLeft < 0) return null;
  const due = reminderDaysBefore.filter((d) => daysLeft <= d);
  return due.length ? Math.min(...due) : null;
}
