import { discussionDigestKind, discussionDigestSchedule } from '~/modules/hub/discussions/digest-schedule';
import { sendDiscussionDigests } from '~/modules/hub/discussions/send-digests.server';
import { closeCallsKind, closeCallsSchedule } from '~/modules/hub/practices/call-close-schedule';
import { closeDueCalls } from '~/modules/hub/practices/close-due-calls.server';
import {
  registrationReminderKind,
  registrationReminderSchedule,
} from '~/modules/meetings/registration-reminder-schedule';
import { sendRegistrationReminders } from '~/modules/meetings/registration-reminders.server';
import { progressReminderKind, progressReminderSchedule } from '~/modules/pledges/progress-reminder-schedule';
import { sendProgressReminders } from '~/modules/pledges/progress-reminders.server';
import { buildReportBundle } from '~/modules/report-bundle/build-report-bundle.server';
import { reportBundleJobKind } from '~/modules/report-bundle/request-report-bundle.server';
import {
  submissionReminderKind,
  submissionReminderSchedule,
} from '~/modules/reviews/tracker/reminder-schedule';
import { sendSubmissionReminders } from '~/modules/reviews/tracker/send-submission-reminders.server';
import { maintainDatabase, maintenanceJobKind, maintenanceSchedule } from '~/platform/db-maintenance.server';
import type { JobHandlers } from '~/platform/jobs/job-runner.server';
import { platformJobHandlers } from '~/platform/jobs/mail.server';
import type { ScheduleDefinition } from '~/platform/jobs/schedules.server';

/**
 * Every job kind the server runs, kind → handler: the platform's (queued mail) and each domain's.
 * It lives here, above the modules, so the platform's runner never imports a domain: the server
 * hands these to `startJobRunner`. A module with a new kind adds a line here.
 */
export const jobHandlers: JobHandlers = {
  ...platformJobHandlers,
  [progressReminderKind]: async (_payload, ctx) => {
    await sendProgressReminders({ db: ctx.db });
  },
  [submissionReminderKind]: async (_payload, ctx) => {
    await sendSubmissionReminders({ db: ctx.db });
  },
  [registrationReminderKind]: async (_payload, ctx) => {
    await sendRegistrationReminders({ db: ctx.db });
  },
  [discussionDigestKind]: async (_payload, ctx) => {
    await sendDiscussionDigests({ db: ctx.db });
  },
  [closeCallsKind]: async (_payload, ctx) => {
    await closeDueCalls({ db: ctx.db });
  },
  [reportBundleJobKind]: async (payload, ctx) => {
    await buildReportBundle({ db: ctx.db, payload });
  },
  [maintenanceJobKind]: async (_payload, ctx) => {
    await maintainDatabase({ db: ctx.db });
  },
};

/** Recurring jobs created or updated when the server starts (see upsertSchedule for the format). */
export const jobSchedules: ScheduleDefinition[] = [
  progressReminderSchedule(),
  submissionReminderSchedule(),
  registrationReminderSchedule(),
  discussionDigestSchedule(),
  closeCallsSchedule,
  maintenanceSchedule,
];
