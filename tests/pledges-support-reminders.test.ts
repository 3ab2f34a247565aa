import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { jobSchedules as jobSchedulesTable, pledgeProgressReminders, users } from '#db/schema/index';
import { createOrganisation, createUser } from '#seed/factories';
import { createPledge } from '#seed/pledge-factories';
import { jobHandlers, jobSchedules } from '~/jobs.server';
import { progressReminderKind, progressReminderSchedule } from '~/modules/pledges/progress-reminder-schedule';
import { dueLevel, sendProgressReminders } from '~/modules/pledges/progress-reminders.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { createJobRunner } from '~/platform/jobs/job-runner.server';
import { testStores, useTestPlatform } from './platform';

type Mail = { to: string; subject: string; text: string };

describe('due points', () => {
  const today = new Date('2026-06-15T08:00:00Z');
  it('is null while green, amber after 12 months, red after 24, from the last update or publication', () => {
    expect(dueLevel({ lastProgressOn: '2025-07-01', publishedAt: null, today })).toBeNull();
    expect(dueLevel({ lastProgressOn: null, publishedAt: '2025-06-14T10:00:00Z', today })).toEqual({
      level: 'amber',
      dueOn: '2026-06-14',
    });
    expect(dueLevel({ lastProgressOn: '2024-06-14', publishedAt: '2020-01-01T00:00:00Z', today })).toEqual({
      level: 'red',
      dueOn: '2026-06-14',
    });
    // Exactly twelve months is still green.
    expect(dueLevel({ lastProgressOn: '2025-06-15', publishedAt: null, today })).toBeNull();
  });

  it('runs daily at 06:00 UTC and is registered with the job runner', () => {
    const schedule = progressReminderSchedule(new Date('2026-06-15T08:00:00Z'));
    expect(schedule).toMatchObject({ kind: progressReminderKind, every: '1 day' });
    expect(schedule.firstRunAt?.toISOString()).toBe('2026-06-16T06:00:00.000Z');
    expect(progressReminderSchedule(new Date('2026-06-15T05:00:00Z')).firstRunAt?.toISOString()).toBe(
      '2026-06-15T06:00:00.000Z',
    );
    expect(jobHandlers[progressReminderKind]).toBeTypeOf('function');
    expect(jobSchedules.map((s) => s.name)).toContain(schedule.name);
  });
});

for (const store of testStores) {
  describe(`progress reminders (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;
    const now = new Date('2026-06-15T07:00:00Z');

    async function queuedMails(): Promise<Mail[]> {
      const r = await db().execute<{ payload: Mail }>(
        sql`select payload from jobs where kind = 'mail.send' order by id`,
      );
      return r.rows.map((x) => x.payload);
    }

    it('mails the author and the organisation admins when an update falls due, once per due point, in their language', async () => {
      const author = await createUser(db(), { locale: 'en' });
      const admin = await createUser(db(), { locale: 'ar' });
      const plainMember = await createUser(db());
      const disabledAdmin = await createUser(db(), { disabledAt: new Date() });
      const org = await createOrganisation(db(), {
        members: [
          { userId: author.id },
          { userId: admin.id, role: 'admin' },
          { userId: plainMember.id },
          { userId: disabledAdmin.id, role: 'admin' },
        ],
      });
      const fresh = await createPledge(db(), {
        organisationId: org.id,
        createdBy: author.id,
        status: 'published',
        publishedAt: new Date('2025-09-01T00:00:00Z'),
      });
      const due = await createPledge(db(), {
        organisationId: org.id,
        createdBy: author.id,
        status: 'published',
        publishedAt: new Date('2024-01-10T00:00:00Z'),
        lastProgressOn: '2025-05-01',
      });
      // Not published, or sample data: never reminded.
      await createPledge(db(), {
        organisationId: org.id,
        createdBy: author.id,
        status: 'closed',
        publishedAt: new Date('2020-01-01'),
      });
      await createPledge(db(), {
        organisationId: org.id,
        createdBy: author.id,
        status: 'published',
        publishedAt: new Date('2020-01-01'),
        isSample: true,
      });
      const before = (await queuedMails()).length;

      const first = await sendProgressReminders({ db: db(), now, baseUrl: 'https://marsad.example.org/' });
      expect(first.reminders).toEqual([
        { pledgeId: due.id, level: 'amber', dueOn: '2026-05-01', recipients: 2 },
      ]);
      const mails = (await queuedMails()).slice(before);
      expect(mails.map((m) => m.to).sort()).toEqual([admin.email, author.email].sort());
      const toAuthor = mails.find((m) => m.to === author.email)!;
      const toAdmin = mails.find((m) => m.to === admin.email)!;
      expect(toAuthor.subject).toBe(
        serverI18n('en').t('pledges-support.reminder.amber.subject', {
          title: 'Four one-stop centres for migrant workers',
        }),
      );
      expect(toAuthor.text).toContain(`https://marsad.example.org/en/pledges/${due.id}/progress`);
      expect(toAdmin.subject).toContain('أربعة مراكز خدمات متكاملة للعمال المهاجرين');
      expect(toAdmin.text).toContain(`https://marsad.example.org/ar/pledges/${due.id}/progress`);
      expect(mails.some((m) => m.text.includes(fresh.id))).toBe(false);

      // The next day (and after the mails went out): nothing new for the same due point.
      await createJobRunner({ handlers: jobHandlers, now: () => now }).runOnce();
      const again = await sendProgressReminders({
        db: db(),
        now: new Date('2026-06-16T07:00:00Z'),
        baseUrl: 'http://x',
      });
      expect(again.reminders).toEqual([]);
      expect((await queuedMails()).length).toBe(before + 2);

      // A year later the pledge turns red: one more reminder.
      const red = await sendProgressReminders({
        db: db(),
        now: new Date('2027-05-02T07:00:00Z'),
        baseUrl: 'http://x',
      });
      expect(red.reminders.filter((r) => r.pledgeId === due.id)).toEqual([
        { pledgeId: due.id, level: 'red', dueOn: '2027-05-01', recipients: 2 },
      ]);
      const rows = await db().select().from(pledgeProgressReminders);
      expect(
        rows
          .filter((r) => r.pledgeId === due.id)
          .map((r) => r.level)
          .sort(),
      ).toEqual(['amber', 'red']);
    });

    it('reminds a state’s focal points, and runs as the scheduled job', async () => {
      const focal = await createUser(db(), { roles: [{ role: 'focal_point', scopeId: 'MAR' }] });
      const otherFocal = await createUser(db(), { roles: [{ role: 'focal_point', scopeId: 'TUN' }] });
      const pledge = await createPledge(db(), {
        countryIso3: 'MAR',
        createdBy: null,
        status: 'published',
        publishedAt: new Date('2023-01-01T00:00:00Z'),
      });
      const before = (await queuedMails()).length;
      // Through the handler the server registers (the job's own clock: today, long after 2023).
      const { jobs } = await import('#db/schema/index');
      await db().insert(jobs).values({ kind: progressReminderKind, payload: {} });
      const runner = createJobRunner({ handlers: jobHandlers });
      while ((await runner.runOnce()) > 0) {}
      const status = await db().execute<{ status: string; last_error: string | null }>(
        sql`select status, last_error from jobs where kind = ${progressReminderKind}`,
      );
      expect(status.rows).toEqual([{ status: 'done', last_error: null }]);
      const mails = (await queuedMails()).slice(before);
      const forPledge = mails.filter((m) => m.text.includes(pledge.id));
      expect(forPledge.map((m) => m.to)).toEqual([focal.email]);
      expect(forPledge.some((m) => m.to === otherFocal.email)).toBe(false);
      const [user] = await db().select().from(users).where(sql`${users.id} = ${focal.id}`);
      expect(user?.locale).toBe('ar');
      expect(forPledge[0]!.subject).toContain('تأخر تحديث التقدم');
    });

    it('stores its schedule so it survives restarts', async () => {
      const runner = createJobRunner({ handlers: jobHandlers, schedules: jobSchedules, now: () => now });
      await runner.tick();
      const rows = await db().select().from(jobSchedulesTable);
      expect(rows.map((r) => r.name)).toContain('pledges.progress-reminders.daily');
    });
  });
}
