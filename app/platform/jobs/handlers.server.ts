import { z } from 'zod';
import { progressReminderKind, progressReminderSchedule } from '~/modules/pledges/progress-reminder-schedule';
import {
  submissionReminderKind,
  submissionReminderSchedule,
} from '~/modules/reviews/tracker/reminder-schedule';
import type { DbOrTx } from '~/platform/db.server';
import { getPlatform } from '~/platform/platform.server';
import { enqueueJob } from './enqueue-job.server';
import type { JobHandler, JobHandlers } from './job-runner.server';
import type { ScheduleDefinition } from './schedules.server';

const mailPayload = z.object({
  to: z.string().min(3),
  subject: z.string().min(1),
  text: z.string(),
  html: z.string().optional(),
});
export type MailJobPayload = z.infer<typeof mailPayload>;

const sendMail: JobHandler = async (payload) => {
  await getPlatform().mailer.send(mailPayload.parse(payload));
};

/** Every job kind the server runs: kind → handler. A module adds its kind here. */
export const jobHandlers: JobHandlers = {
  'mail.send': sendMail,
  // Imported when run: the reminder code queues mail through this module.
  [progressReminderKind]: async (_payload, ctx) => {
    const { sendProgressReminders } = await import('~/modules/pledges/progress-reminders.server');
    await sendProgressReminders({ db: ctx.db });
  },
  [submissionReminderKind]: async (_payload, ctx) => {
    const { sendSubmissionReminders } = await import(
      '~/modules/reviews/tracker/send-submission-reminders.server'
    );
    await sendSubmissionReminders({ db: ctx.db });
  },
};

/** Recurring jobs created or updated when the server starts (see upsertSchedule for the format). */
export const jobSchedules: ScheduleDefinition[] = [progressReminderSchedule(), submissionReminderSchedule()];

/**
 * Queues an e-mail instead of sending it inline: pass the caller's transaction as `db` so the mail
 * goes out only if the change commits, and a `dedupeKey` so the same reminder is not queued twice.
 */
export async function enqueueMail(
  options: MailJobPayload & { db?: DbOrTx; runAt?: Date; dedupeKey?: string; maxAttempts?: number },
): Promise<number | null> {
  const { db, runAt, dedupeKey, maxAttempts, ...message } = options;
  return enqueueJob({
    db,
    kind: 'mail.send',
    payload: mailPayload.parse(message),
    runAt,
    dedupeKey,
    maxAttempts,
  });
}
