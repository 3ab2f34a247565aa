import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { users } from '#db/schema/accounts';
import { reviewCycles } from '#db/schema/reviews';
import { createUser } from '#seed/factories';
import { createReview, createReviewCycle } from '#seed/review-factories';
import { jobHandlers } from '~/jobs.server';
import type { AppError } from '~/platform/errors';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { enqueueJob } from '~/platform/jobs/enqueue-job.server';
import { createJobRunner } from '~/platform/jobs/job-runner.server';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { createCyclePeople } from '../cycles/test-fixtures';
import { getTracker } from './get-tracker.server';
import { reminderDue, submissionReminderKind, submissionReminderSchedule } from './reminder-schedule';
import { sendSubmissionReminders } from './send-submission-reminders.server';
import { trackerCsv } from './tracker-csv';

type Mail = { to: string; subject: string; text: string };
const day = (iso: string) => new Date(`${iso}T06:00:00Z`);

describe('reminder days', () => {
  it('picks the nearest reminder day not yet passed', () => {
    expect([20, 15, 14, 10, 8, 7, 5, 2, 1, 0, -1].map(reminderDue)).toEqual([
      null,
      null,
      14,
      14,
      14,
      7,
      7,
      7,
      1,
      1,
      null,
    ]);
  });

  it('runs daily at 06:00 UTC from the next 06:00', () => {
    expect(submissionReminderSchedule(new Date('2026-03-10T05:00:00Z'))).toMatchObject({
      kind: submissionReminderKind,
      every: '1 day',
      firstRunAt: new Date('2026-03-10T06:00:00Z'),
    });
    expect(submissionReminderSchedule(new Date('2026-03-10T07:00:00Z')).firstRunAt).toEqual(
      new Date('2026-03-11T06:00:00Z'),
    );
  });
});

for (const store of testStores) {
  describe(`submission tracker and reminders (${store})`, () => {
    const platform = useTestPlatform(store);
    let people: Awaited<ReturnType<typeof createCyclePeople>>;

    beforeAll(async () => {
      people = await createCyclePeople(platform().database.db);
    });

    it('shows every state in scope with its status, the counts and the days left', async () => {
      const db = platform().database.db;
      const cycle = await createReviewCycle(db, {
        submissionDeadline: '2026-03-24',
        states: ['JOR', 'EGY', 'MAR', 'IRQ', 'TUN', 'LBN', 'OMN'],
      });
      await createReview(db, { cycleId: cycle.id, countryIso3: 'JOR', status: 'drafting' });
      await createReview(db, {
        cycleId: cycle.id,
        countryIso3: 'EGY',
        status: 'submitted',
        submittedAt: new Date(),
      });
      await createReview(db, { cycleId: cycle.id, countryIso3: 'MAR', status: 'published' });
      await createReview(db, { cycleId: cycle.id, countryIso3: 'IRQ', status: 'returned' });
      await createReview(db, { cycleId: cycle.id, countryIso3: 'TUN', status: 'acknowledged' });
      const tracker = await getTracker({
        subject: people.las.subject,
        cycleId: cycle.id,
        now: new Date('2026-03-10T12:00:00Z'),
      });
      expect(tracker.rows.map((r) => [r.iso3, r.status])).toEqual([
        ['EGY', 'submitted'],
        ['IRQ', 'returned'],
        ['JOR', 'drafting'],
        ['LBN', 'not_started'],
        ['MAR', 'published'],
        ['OMN', 'not_started'],
        ['TUN', 'acknowledged'],
      ]);
      expect(tracker.counts).toEqual({
        not_started: 2,
        drafting: 1,
        returned: 1,
        submitted: 1,
        acknowledged: 1,
        published: 1,
      });
      expect(tracker.daysLeft).toBe(14);
      expect(tracker.rows.find((r) => r.iso3 === 'LBN')!.reviewId).toBeNull();

      const csv = trackerCsv({
        rows: tracker.rows,
        i18n: serverI18n('ar', 'latn'),
        reviewLink: (id) => `https://marsad.example.org/ar/reviews/${id}/moderate`,
      });
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const lines = csv.trim().split('\r\n');
      expect(lines).toHaveLength(8);
      expect(lines[4]).toContain('LBN,لبنان,لم يبدأ,not_started');
      expect(lines.find((l) => l.startsWith('JOR,'))).toContain('/ar/reviews/');
    });

    it('is for the cycle’s secretariat, the Network secretariat and admins only', async () => {
      const db = platform().database.db;
      const cycle = await createReviewCycle(db);
      for (const who of ['las', 'network', 'admin'] as const) {
        expect((await getTracker({ subject: people[who].subject, cycleId: cycle.id })).rows).toHaveLength(2);
      }
      for (const who of ['anonymous', 'focalJor', 'escwa', 'plain'] as const) {
        const error = await getTracker({ subject: people[who].subject, cycleId: cycle.id }).catch(
          (e: AppError) => e,
        );
        expect([who, (error as AppError).code]).toEqual([who, 'forbidden']);
      }
      const draft = await createReviewCycle(db, { status: 'draft' });
      const hidden = await getTracker({ subject: people.network.subject, cycleId: draft.id }).catch(
        (e: AppError) => e,
      );
      expect((hidden as AppError).code).toBe('notFound');
    });

    it('reminds focal points of states that have not submitted, once per reminder day, in their language', async () => {
      const db = platform().database.db;
      // Only this test's cycle is open near its deadline.
      await db.update(reviewCycles).set({ status: 'closed' });
      const cycle = await createReviewCycle(db, {
        title: { ar: 'الاستعراض الإقليمي العربي الثاني', en: 'Second Arab regional review' },
        submissionDeadline: '2026-03-24',
        states: ['KWT', 'EGY', 'MAR', 'IRQ'],
      });
      const focal = async (
        iso3: string,
        locale: 'ar' | 'en',
        extra: Partial<typeof users.$inferInsert> = {},
      ) => createUser(db, { locale, roles: [{ role: 'focal_point', scopeId: iso3 }], ...extra });
      const jo = await focal('KWT', 'en');
      const jo2 = await focal('KWT', 'ar');
      const eg = await focal('EGY', 'ar');
      const ma = await focal('MAR', 'ar');
      await focal('IRQ', 'ar', { disabledAt: new Date() });
      // Kuwait is drafting, Egypt has not started, Morocco submitted; Iraq's only focal point is disabled.
      const joReview = await createReview(db, { cycleId: cycle.id, countryIso3: 'KWT', status: 'drafting' });
      await createReview(db, {
        cycleId: cycle.id,
        countryIso3: 'MAR',
        status: 'submitted',
        submittedAt: new Date(),
      });

      const mails = async () =>
        (
          await db.execute<{ payload: Mail }>(
            sql`select payload from jobs where kind = 'mail.send' order by id`,
          )
        ).rows.map((r) => r.payload);
      const run = (iso: string) =>
        sendSubmissionReminders({ now: day(iso), baseUrl: 'https://marsad.example.org/' });

      expect(await run('2026-03-09')).toBe(0); // 15 days before: too early
      expect(await run('2026-03-10')).toBe(3); // 14 days before
      expect(await run('2026-03-10')).toBe(0); // the same day again: nothing twice
      expect(await run('2026-03-11')).toBe(0); // 13 days: the 14-day reminder is sent already
      let sent = await mails();
      expect(sent.map((m) => m.to).sort()).toEqual([jo.email, jo2.email, eg.email].sort());
      expect(sent.map((m) => m.to)).not.toContain(ma.email);

      const english = sent.find((m) => m.to === jo.email)!;
      expect(english.subject).toContain('Second Arab regional review');
      expect(english.text).toContain('March 24, 2026');
      expect(english.text).toContain('Kuwait');
      expect(english.text).toContain(`https://marsad.example.org/en/reviews/${joReview.id}/edit`);
      const arabic = sent.find((m) => m.to === eg.email)!;
      expect(arabic.subject).toContain('الاستعراض الإقليمي العربي الثاني');
      expect(arabic.text).toContain('٢٤ مارس ٢٠٢٦');
      expect(arabic.text).toContain(`https://marsad.example.org/ar/reviews/cycles/${cycle.id}`);

      // Egypt submits before the 7-day reminder; Jordan does not.
      await createReview(db, {
        cycleId: cycle.id,
        countryIso3: 'EGY',
        status: 'submitted',
        submittedAt: new Date(),
      });
      expect(await run('2026-03-17')).toBe(2);
      expect(await run('2026-03-23')).toBe(2);
      expect(await run('2026-03-25')).toBe(0); // the deadline has passed
      sent = await mails();
      expect(sent.filter((m) => m.to === eg.email)).toHaveLength(1);
      expect(sent.filter((m) => m.to === jo.email)).toHaveLength(3);

      // A cycle that is not open sends nothing.
      await db.update(reviewCycles).set({ status: 'closed' }).where(eq(reviewCycles.id, cycle.id));
      expect(await run('2026-03-23')).toBe(0);
    });

    it('runs as the scheduled job kind', async () => {
      const db = platform().database.db;
      await db.update(reviewCycles).set({ status: 'closed' });
      // The runner takes two jobs a poll: leave it only this one.
      await db.execute(sql`delete from jobs`);
      const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
      const cycle = await createReviewCycle(db, { submissionDeadline: soon, states: ['OMN'] });
      const focal = await createUser(db, { roles: [{ role: 'focal_point', scopeId: 'OMN' }] });
      await enqueueJob({ kind: submissionReminderKind, payload: {} });
      await createJobRunner({ handlers: jobHandlers }).runOnce();
      const rows = await db.execute<{ payload: Mail }>(
        sql`select payload from jobs where kind = 'mail.send' and payload->>'to' = ${focal.email}`,
      );
      const jobs = await db.execute(
        sql`select kind, status, last_error from jobs where kind = ${submissionReminderKind}`,
      );
      expect(jobs.rows).toEqual([{ kind: submissionReminderKind, status: 'done', last_error: null }]);
      expect(rows.rows).toHaveLength(1);
      expect(rows.rows[0]!.payload.text).toContain(`/reviews/cycles/${cycle.id}`);
    });
  });
}
