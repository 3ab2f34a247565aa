import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { person } from '~/modules/reviews/authoring/test-people';
import { AppError } from '~/platform/errors';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { createMeeting } from './create-meeting.server';
import { meetingCalendar, meetingsCalendar } from './meeting-calendar.server';
import { saveSession } from './save-session.server';
import { setMeetingStatus } from './set-meeting-status.server';
import { fourPanels, meetingInput, validMeetingInput } from './test-fixtures';
import { updateMeeting } from './update-meeting.server';

const site = { origin: 'https://marsad.example.org', uidDomain: 'marsad.example.org' };
const events = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
const utc = (time: ICAL.Time) => time.toJSDate().toISOString();

for (const store of testStores) {
  describe(`meeting calendars (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;

    it('lists public meetings as all-day events and sessions at their hours, across a DST change', async () => {
      const las = await person(db(), [{ role: 'regional_secretariat', scopeId: 'LAS' }]);
      const ar = { ...site, db: db(), i18n: serverI18n('ar') };
      const en = { ...site, db: db(), i18n: serverI18n('en') };
      const meeting = await createMeeting({ db: db(), subject: las.subject, input: validMeetingInput });
      // A draft is in no calendar, and its own calendar is not found.
      expect(events(await meetingsCalendar({ ...ar, filters: {}, name: 'x' }))).toEqual([]);
      const draft = await meetingCalendar({ ...ar, meetingId: meeting.id }).catch((e) => e);
      expect(draft).toBeInstanceOf(AppError);
      expect((draft as AppError).status).toBe(404);

      for (const input of fourPanels) {
        await saveSession({ db: db(), subject: las.subject, meetingId: meeting.id, input });
      }
      await setMeetingStatus({
        db: db(),
        subject: las.subject,
        meetingId: meeting.id,
        expectedVersion: 1,
        status: 'published',
      });

      const [day] = events(await meetingsCalendar({ ...ar, filters: {}, name: 'اجتماعات' }));
      expect(day!.uid).toBe(`meeting-${meeting.id}@marsad.example.org`);
      expect(day!.summary).toBe('المؤتمر الإقليمي لاستعراض الاتفاق العالمي من أجل الهجرة');
      // Three days, 28–30 March: all-day, ending (exclusively) on the 31st.
      expect([day!.startDate.isDate, day!.startDate.toString(), day!.endDate.toString()]).toEqual([
        true,
        '2026-03-28',
        '2026-03-31',
      ]);
      expect(day!.location).toBe('Palais des Nations');
      expect(day!.component.getFirstPropertyValue('url')).toBe(
        `https://marsad.example.org/ar/meetings/${meeting.id}`,
      );
      expect(day!.component.getFirstProperty('categories')?.getValues()).toEqual([
        'مؤتمر الاستعراض الإقليمي',
      ]);

      // Its own calendar adds the sessions, in UTC: Paris is UTC+1 on the 28th, UTC+2 on the 30th.
      const own = events(await meetingCalendar({ ...en, meetingId: meeting.id }));
      expect(own.map((e) => e.summary)).toEqual([
        'Regional review conference of the Global Compact for Migration',
        ...[1, 2, 3, 4].map(
          (n) => `Panel ${n} — Regional review conference of the Global Compact for Migration`,
        ),
      ]);
      expect(own.slice(1).map((e) => [utc(e.startDate), utc(e.endDate)])).toEqual([
        ['2026-03-28T09:00:00.000Z', '2026-03-28T11:00:00.000Z'],
        ['2026-03-28T13:00:00.000Z', '2026-03-28T15:00:00.000Z'],
        ['2026-03-30T08:00:00.000Z', '2026-03-30T10:00:00.000Z'],
        ['2026-03-30T12:00:00.000Z', '2026-03-30T14:00:00.000Z'],
      ]);

      // An update keeps the UID and raises the sequence, so subscribed calendars replace the event.
      const before = day!.sequence;
      await updateMeeting({
        db: db(),
        subject: las.subject,
        meetingId: meeting.id,
        expectedVersion: 2,
        input: meetingInput({ endsOn: '2026-03-31' }),
      });
      const [updated] = events(await meetingsCalendar({ ...ar, filters: {}, name: 'x' }));
      expect(updated!.uid).toBe(day!.uid);
      expect(updated!.sequence).toBeGreaterThan(before);
      expect(updated!.endDate.toString()).toBe('2026-04-01');

      // Filters: kind, region and dates.
      const count = async (filters: Parameters<typeof meetingsCalendar>[0]['filters']) =>
        events(await meetingsCalendar({ ...ar, filters, name: 'x' })).length;
      expect(await count({ kind: 'review-conference', region: 'LAS' })).toBe(1);
      expect(await count({ kind: 'workshop' })).toBe(0);
      expect(await count({ region: 'ECE' })).toBe(0);
      expect(await count({ from: '2026-03-31' })).toBe(1);
      expect(await count({ from: '2026-04-01' })).toBe(0);
      expect(await count({ to: '2026-03-27' })).toBe(0);
    });
  });
}
