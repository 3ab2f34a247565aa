import { sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { person } from '~/modules/reviews/authoring/test-people';
import { anonymousSubject, type Subject } from '~/permissions/resolver';
import { errorFields } from '~/platform/forms/issues';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { refusal } from '../../../tests/refusal';
import { cancelRegistration } from './cancel-registration.server';
import { createMeeting } from './create-meeting.server';
import { decideRegistration } from './decide-registration.server';
import { registerForMeeting } from './register-for-meeting.server';
import { sendRegistrationReminders } from './registration-reminders.server';
import { listParticipants, registrationSummary } from './registration-view.server';
import { saveRegistrationSettings } from './save-registration-settings.server';
import { setMeetingStatus } from './set-meeting-status.server';
import { validMeetingInput } from './test-fixtures';

/** The meeting of the fixtures runs 28–30 March 2026 (Europe/Paris); registrations happen in early March. */
const march = new Date('2026-03-02T09:00:00Z');
const answers = {
  organisation: 'شبكة المهاجرين',
  countryIso3: 'JOR',
  stakeholderCategory: '',
  gender: 'woman',
  accessibilityNeeds: 'مترجم لغة إشارة',
  interpretationLanguage: 'ar',
};
const settings = (changes: Record<string, string> = {}) => ({
  open: 'on',
  opensOn: '',
  closesOn: '',
  capacity: '',
  approvalRequired: '',
  reminderDays: '3',
  ...changes,
});

interface QueuedMail {
  to: string;
  subject: string;
  text: string;
  attachments?: { filename: string; contentType: string; content: string }[];
}

for (const store of testStores) {
  describe(`meeting registration (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;
    const baseUrl = 'https://marsad.example.org';

    /** Mails queued so far, oldest first. */
    async function mails(): Promise<QueuedMail[]> {
      const rows = await db().execute<{ payload: QueuedMail }>(
        sql`select payload from jobs where kind = 'mail.send' order by id`,
      );
      return rows.rows.map((r) => r.payload);
    }
    const mailsTo = async (email: string) => (await mails()).filter((m) => m.to === email);

    async function publishedMeeting(organiser: Subject, settingsInput: Record<string, string> | null) {
      const meeting = await createMeeting({ subject: organiser, input: validMeetingInput });
      await setMeetingStatus({
        subject: organiser,
        meetingId: meeting.id,
        expectedVersion: 1,
        status: 'published',
      });
      if (settingsInput) {
        await saveRegistrationSettings({
          subject: organiser,
          meetingId: meeting.id,
          expectedVersion: 0,
          input: settings(settingsInput),
          baseUrl,
        });
      }
      return meeting;
    }
    const register = (subject: Subject, meetingId: string, now = march) =>
      registerForMeeting({ subject, meetingId, input: answers, now, baseUrl });
    const versionOf = async (subject: Subject, meetingId: string) =>
      (await registrationSummary({ subject, meetingId, now: march })).mine!.version;

    it('lets only the meeting’s organisers set registration and read the participant list', async () => {
      const las = await person(db(), [{ role: 'regional_secretariat', scopeId: 'LAS' }]);
      const ece = await person(db(), [{ role: 'regional_secretariat', scopeId: 'ECE' }]);
      const stranger = await person(db());
      const meeting = await publishedMeeting(las.subject, null);
      for (const subject of [anonymousSubject, stranger.subject, ece.subject]) {
        const e = await refusal(() =>
          saveRegistrationSettings({ subject, meetingId: meeting.id, expectedVersion: 0, input: settings() }),
        );
        expect(e.status).toBe(404);
        expect((await refusal(() => listParticipants({ subject, meetingId: meeting.id }))).status).toBe(404);
      }
      const saved = await saveRegistrationSettings({
        subject: las.subject,
        meetingId: meeting.id,
        expectedVersion: 0,
        input: settings({ capacity: '٣٠' }),
      });
      expect(saved.settings).toMatchObject({ open: true, capacity: 30, approvalRequired: false, version: 1 });
      // A stale save is refused and explained, not applied.
      const stale = await refusal(() =>
        saveRegistrationSettings({
          subject: las.subject,
          meetingId: meeting.id,
          expectedVersion: 0,
          input: settings({ capacity: '10' }),
        }),
      );
      expect(stale.code).toBe('staleVersion');
      const bad = await refusal(() =>
        saveRegistrationSettings({
          subject: las.subject,
          meetingId: meeting.id,
          expectedVersion: 1,
          input: settings({ capacity: '-1', opensOn: '2026-03-10', closesOn: '2026-03-01' }),
        }),
      );
      expect(Object.keys(errorFields(bad)).sort()).toEqual(['capacity', 'closesOn']);
      // Registering needs a signed-in person.
      expect((await refusal(() => register(anonymousSubject, meeting.id))).status).toBe(403);
    });

    it('refuses registration while closed, before it opens, after it closes and once the meeting is over', async () => {
      const las = await person(db(), [{ role: 'regional_secretariat', scopeId: 'LAS' }]);
      const alice = await person(db());
      const none = await publishedMeeting(las.subject, null);
      expect((await refusal(() => register(alice.subject, none.id))).code).toBe('registrationClosed');
      const meeting = await publishedMeeting(las.subject, {
        open: '',
        opensOn: '2026-03-05',
        closesOn: '2026-03-20',
      });
      expect((await refusal(() => register(alice.subject, meeting.id))).code).toBe('registrationClosed');
      await saveRegistrationSettings({
        subject: las.subject,
        meetingId: meeting.id,
        expectedVersion: 1,
        input: settings({ opensOn: '2026-03-05', closesOn: '2026-03-20' }),
      });
      expect((await refusal(() => register(alice.subject, meeting.id))).code).toBe('registrationNotYetOpen');
      const late = new Date('2026-03-21T10:00:00Z');
      expect((await refusal(() => register(alice.subject, meeting.id, late))).code).toBe(
        'registrationClosed',
      );
      const after = new Date('2026-03-31T10:00:00Z');
      expect((await refusal(() => register(alice.subject, meeting.id, after))).code).toBe(
        'registrationEnded',
      );
      // The last day counts, in the meeting's time zone (Paris, UTC+1 on 20 March).
      const lastEvening = new Date('2026-03-20T22:30:00Z');
      expect((await register(alice.subject, meeting.id, lastEvening)).status).toBe('confirmed');
      // A draft meeting does not exist for a participant.
      await setMeetingStatus({
        subject: las.subject,
        meetingId: meeting.id,
        expectedVersion: 2,
        status: 'draft',
      });
      const bob = await person(db());
      expect((await refusal(() => register(bob.subject, meeting.id))).status).toBe(404);
    });

    it('fills the places, then keeps a waiting list that moves up in order when someone cancels', async () => {
      const las = await person(db(), [{ role: 'regional_secretariat', scopeId: 'LAS' }]);
      const meeting = await publishedMeeting(las.subject, { capacity: '2' });
      const [a, b, c, d] = [
        await person(db(), [], { locale: 'en' }),
        await person(db()),
        await person(db()),
        await person(db(), [], { locale: 'en' }),
      ];
      expect((await register(a!.subject, meeting.id)).status).toBe('confirmed');
      expect((await register(b!.subject, meeting.id)).status).toBe('confirmed');
      expect((await register(c!.subject, meeting.id)).status).toBe('waitlisted');
      expect((await register(d!.subject, meeting.id)).status).toBe('waitlisted');
      expect((await refusal(() => register(c!.subject, meeting.id))).code).toBe('alreadyRegistered');

      const dView = await registrationSummary({ subject: d!.subject, meetingId: meeting.id, now: march });
      expect(dView).toMatchObject({
        state: 'open',
        placesLeft: 0,
        mine: { status: 'waitlisted', position: 2 },
      });

      // The confirmation carries the meeting as an iCalendar file (METHOD:PUBLISH), in the registrant's language.
      const [confirmation] = await mailsTo(a!.email);
      expect(confirmation!.subject).toMatch(/^Registration confirmed/);
      expect(confirmation!.text).toContain(`${baseUrl}/en/meetings/${meeting.id}`);
      const ics = confirmation!.attachments![0]!;
      expect(ics.contentType).toContain('method=PUBLISH');
      const calendar = new ICAL.Component(ICAL.parse(ics.content));
      expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
      expect(event.uid).toBe(`meeting-${meeting.id}@marsad.example.org`);
      expect(event.startDate.toString()).toBe('2026-03-28');
      expect(event.summary).toBe('Regional review conference of the Global Compact for Migration');
      const [waiting] = await mailsTo(c!.email);
      expect(waiting!.subject).toContain('قائمة الانتظار');
      expect(waiting!.attachments).toBeUndefined();

      // B cancels: C (first in the list) moves up, D moves to first place.
      const cancelled = await cancelRegistration({
        subject: b!.subject,
        meetingId: meeting.id,
        expectedVersion: await versionOf(b!.subject, meeting.id),
        baseUrl,
      });
      expect(cancelled.movedUp.map((r) => r.userId)).toEqual([c!.id]);
      expect(
        (await registrationSummary({ subject: c!.subject, meetingId: meeting.id, now: march })).mine,
      ).toMatchObject({
        status: 'confirmed',
      });
      expect(
        (await registrationSummary({ subject: d!.subject, meetingId: meeting.id, now: march })).mine,
      ).toMatchObject({
        status: 'waitlisted',
        position: 1,
      });
      const movedUp = (await mailsTo(c!.email)).at(-1)!;
      expect(movedUp.subject).toContain('شغر مقعد');
      expect(movedUp.attachments?.[0]?.content).toContain('BEGIN:VCALENDAR');

      // B registers again: at the end of the list, behind D.
      expect((await register(b!.subject, meeting.id)).status).toBe('waitlisted');
      // More places move the list up in its order.
      await saveRegistrationSettings({
        subject: las.subject,
        meetingId: meeting.id,
        expectedVersion: 1,
        input: settings({ capacity: '3' }),
        baseUrl,
      });
      const list = await listParticipants({ subject: las.subject, meetingId: meeting.id });
      const status = new Map(list.rows.map((r) => [r.email, r.status]));
      expect([a, b, c, d].map((p) => status.get(p!.email))).toEqual([
        'confirmed',
        'waitlisted',
        'confirmed',
        'confirmed',
      ]);
      expect(list.counts).toMatchObject({ confirmed: 3, waitlisted: 1, pending: 0, cancelled: 0 });
      expect(list.genders).toEqual({ woman: 3 });
      // Cancelling twice is refused; a stale cancel too.
      expect(
        (
          await refusal(() =>
            cancelRegistration({ subject: a!.subject, meetingId: meeting.id, expectedVersion: 99 }),
          )
        ).code,
      ).toBe('staleVersion');
    });

    it('holds a place while the organisers decide; a decline (with reason) moves the list up', async () => {
      const las = await person(db(), [{ role: 'regional_secretariat', scopeId: 'LAS' }]);
      const stranger = await person(db());
      const meeting = await publishedMeeting(las.subject, { capacity: '1', approvalRequired: 'on' });
      const a = await person(db());
      const b = await person(db(), [], { locale: 'en' });
      const ra = await register(a.subject, meeting.id);
      expect(ra.status).toBe('pending');
      expect((await register(b.subject, meeting.id)).status).toBe('waitlisted');
      const decide = (subject: Subject, id: string, version: number, input: Record<string, string>) =>
        decideRegistration({
          subject,
          meetingId: meeting.id,
          registrationId: id,
          expectedVersion: version,
          input,
          baseUrl,
        });

      expect(
        (await refusal(() => decide(stranger.subject, ra.id, ra.version, { decision: 'approve' }))).status,
      ).toBe(404);
      const noReason = await refusal(() => decide(las.subject, ra.id, ra.version, { decision: 'decline' }));
      expect(Object.keys(errorFields(noReason))).toEqual(['reason']);
      const declined = await decide(las.subject, ra.id, ra.version, {
        decision: 'decline',
        reason: 'الاجتماع مخصص لممثلي الحكومات.',
      });
      expect(declined.registration.status).toBe('declined');
      expect(declined.movedUp.map((r) => r.userId)).toEqual([b.id]);
      expect(declined.movedUp[0]!.status).toBe('pending');
      const declineMail = (await mailsTo(a.email)).at(-1)!;
      expect(declineMail.text).toContain('الاجتماع مخصص لممثلي الحكومات.');
      expect((await mailsTo(b.email)).at(-1)!.subject).toMatch(/^A place for you/);
      expect((await refusal(() => register(a.subject, meeting.id))).code).toBe('registrationDeclinedBefore');

      const rb = declined.movedUp[0]!;
      const approved = await decide(las.subject, rb.id, rb.version, { decision: 'approve' });
      expect(approved.registration.status).toBe('confirmed');
      const confirmation = (await mailsTo(b.email)).at(-1)!;
      expect(confirmation.subject).toMatch(/^Registration confirmed/);
      expect(confirmation.attachments).toHaveLength(1);
      expect(
        (await refusal(() => decide(las.subject, rb.id, rb.version + 1, { decision: 'approve' }))).code,
      ).toBe('registrationAlreadyDecided');
    });

    it('gives the last place to exactly one of many concurrent registrations; the rest wait in order', async () => {
      const las = await person(db(), [{ role: 'regional_secretariat', scopeId: 'LAS' }]);
      const meeting = await publishedMeeting(las.subject, { capacity: '3' });
      for (let i = 0; i < 2; i++) await register((await person(db())).subject, meeting.id);
      const racers = await Promise.all(Array.from({ length: 8 }, () => person(db())));
      const results = await Promise.all(racers.map((p) => register(p.subject, meeting.id)));
      expect(results.filter((r) => r.status === 'confirmed')).toHaveLength(1);
      expect(results.filter((r) => r.status === 'waitlisted')).toHaveLength(7);
      const list = await listParticipants({ subject: las.subject, meetingId: meeting.id });
      expect(list.counts).toMatchObject({ confirmed: 3, waitlisted: 7 });
      // The waiting list positions are 1..7 without gaps or ties.
      const positions = await Promise.all(
        racers
          .filter((_, i) => results[i]!.status === 'waitlisted')
          .map(
            async (p) =>
              (await registrationSummary({ subject: p.subject, meetingId: meeting.id, now: march })).mine!
                .position,
          ),
      );
      expect([...positions].sort((x, y) => x! - y!)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    });

    it('reminds each confirmed participant once, the set number of days before the first day', async () => {
      const las = await person(db(), [{ role: 'regional_secretariat', scopeId: 'LAS' }]);
      const meeting = await publishedMeeting(las.subject, { capacity: '1', reminderDays: '3' });
      const a = await person(db());
      const b = await person(db());
      await register(a.subject, meeting.id);
      await register(b.subject, meeting.id);
      expect(
        (await sendRegistrationReminders({ db: db(), now: new Date('2026-03-24T08:00:00Z'), baseUrl }))
          .reminded,
      ).toBe(0);
      const due = new Date('2026-03-25T08:00:00Z');
      // Earlier tests' meetings share these days: they are reminded in the same run.
      expect((await sendRegistrationReminders({ db: db(), now: due, baseUrl })).reminded).toBeGreaterThan(0);
      expect((await sendRegistrationReminders({ db: db(), now: due, baseUrl })).reminded).toBe(0);
      expect(
        (await sendRegistrationReminders({ db: db(), now: new Date('2026-03-27T08:00:00Z'), baseUrl }))
          .reminded,
      ).toBe(0);
      const reminders = (await mailsTo(a.email)).filter((m) => m.subject.includes('تذكير'));
      expect(reminders).toHaveLength(1);
      const reminder = reminders[0]!;
      expect(reminder.subject).toContain('تذكير');
      expect(reminder.attachments?.[0]?.content).toContain('METHOD:PUBLISH');
      expect((await mailsTo(b.email)).every((m) => !m.subject.includes('تذكير'))).toBe(true);
    });
  });
}
