import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { meetingRegistrations } from '#db/schema/meeting-registrations';
import { person } from '~/modules/reviews/authoring/test-people';
import { anonymousSubject, type Subject } from '~/permissions/resolver';
import { errorFields } from '~/platform/forms/issues';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { refusal } from '../../../../tests/refusal';
import { createMeeting } from '../create-meeting.server';
import { saveRegistrationSettings } from '../save-registration-settings.server';
import { setMeetingStatus } from '../set-meeting-status.server';
import { meetingInput } from '../test-fixtures';
import { answerInvitation } from './answer-invitation.server';
import { closeTrainingRecord } from './close-training-record.server';
import { getWorkshop } from './get-workshop.server';
import { inviteFocalPoints } from './invite-focal-points.server';
import { markAttendance } from './mark-attendance.server';
import { saveWorkshopStates } from './save-workshop-states.server';

/** The workshop runs 28–29 March 2026 in Paris time (the fixtures' meeting, as a workshop). */
const before = new Date('2026-03-02T09:00:00Z');
const firstDay = new Date('2026-03-28T15:00:00Z');
const after = new Date('2026-04-01T09:00:00Z');
const workshopInput = meetingInput({ kind: 'workshop', startsOn: '2026-03-28', endsOn: '2026-03-29' });

for (const store of testStores) {
  describe(`focal-point workshops (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;
    const baseUrl = 'https://marsad.example.org';

    async function publishedWorkshop(organiser: Subject, input = workshopInput) {
      const meeting = await createMeeting({ subject: organiser, input });
      await setMeetingStatus({
        subject: organiser,
        meetingId: meeting.id,
        expectedVersion: 1,
        status: 'published',
      });
      return meeting;
    }
    const invitationMails = async () =>
      (
        await db().execute<{ to: string; subject: string }>(
          sql`select payload->>'to' as to, payload->>'subject' as subject from jobs
              where kind = 'mail.send'
              and (payload->>'subject' like 'دعوة:%' or payload->>'subject' like 'Invitation:%')`,
        )
      ).rows;

    it('invites the focal points of the states in scope once, and lists states without one', async () => {
      const las = await person(db(), [{ role: 'regional_secretariat', scopeId: 'LAS' }]);
      const focalTUN = await person(db(), [{ role: 'focal_point', scopeId: 'TUN' }], { locale: 'ar' });
      const focalLBN = await person(db(), [{ role: 'focal_point', scopeId: 'LBN' }], { locale: 'en' });
      const meeting = await publishedWorkshop(las.subject);
      // Someone else's meeting is not theirs to invite for: refused before anything is read.
      const ece = await person(db(), [{ role: 'regional_secretariat', scopeId: 'ECE' }]);
      expect(
        (
          await refusal(() =>
            saveWorkshopStates({
              subject: ece.subject,
              meetingId: meeting.id,
              expectedVersion: 1,
              input: {},
            }),
          )
        ).status,
      ).toBe(403);
      expect(
        (await refusal(() => inviteFocalPoints({ subject: las.subject, meetingId: meeting.id, now: before })))
          .code,
      ).toBe('workshopNoStates');
      await saveWorkshopStates({
        subject: las.subject,
        meetingId: meeting.id,
        expectedVersion: 1,
        input: { states: ['TUN', 'LBN', 'COM'] },
      });
      const stale = await refusal(() =>
        saveWorkshopStates({
          subject: las.subject,
          meetingId: meeting.id,
          expectedVersion: 1,
          input: { states: ['TUN'] },
        }),
      );
      expect(stale.code).toBe('staleVersion');
      const first = await inviteFocalPoints({
        subject: las.subject,
        meetingId: meeting.id,
        now: before,
        baseUrl,
      });
      expect(first.invited.map((i) => i.userId).sort()).toEqual([focalTUN.id, focalLBN.id].sort());
      expect(first.withoutFocalPoint).toEqual(['COM']);
      const again = await inviteFocalPoints({
        subject: las.subject,
        meetingId: meeting.id,
        now: before,
        baseUrl,
      });
      expect(again.invited).toEqual([]);
      expect(again.alreadyInvited).toBe(2);
      const mails = (await invitationMails()).filter((m) => [focalTUN.email, focalLBN.email].includes(m.to));
      // One mail each, in the invitee's language.
      expect(mails).toHaveLength(2);
      expect(mails.find((m) => m.to === focalTUN.email)?.subject).toMatch(/^دعوة:/);
      expect(mails.find((m) => m.to === focalLBN.email)?.subject).toMatch(/^Invitation:/);
      const view = await getWorkshop({ subject: las.subject, meetingId: meeting.id, now: before });
      expect(view.organiser?.withoutFocalPoint).toEqual(['COM']);
      expect(view.organiser?.invitations).toHaveLength(2);
      // The invitees' names are for the organisers only.
      const publicView = await getWorkshop({ subject: anonymousSubject, meetingId: meeting.id, now: before });
      expect(publicView.organiser).toBeNull();
    });

    it('refuses inviting for a meeting that is not a workshop, beside the states field', async () => {
      const las = await person(db(), [{ role: 'regional_secretariat', scopeId: 'LAS' }]);
      const conference = await publishedWorkshop(las.subject, meetingInput());
      const e = await refusal(() =>
        inviteFocalPoints({ subject: las.subject, meetingId: conference.id, now: before }),
      );
      expect(e.code).toBe('notAWorkshop');
      expect(errorFields(e)).toHaveProperty('states');
    });

    it('registers an invitee who accepts under the registration rules, and marks attendance from the first day', async () => {
      const las = await person(db(), [{ role: 'regional_secretariat', scopeId: 'LAS' }]);
      const focalA = await person(db(), [{ role: 'focal_point', scopeId: 'MRT' }]);
      const focalB = await person(db(), [{ role: 'focal_point', scopeId: 'DJI' }]);
      const meeting = await publishedWorkshop(las.subject);
      await saveRegistrationSettings({
        subject: las.subject,
        meetingId: meeting.id,
        expectedVersion: 0,
        input: { open: '', capacity: '1', reminderDays: '2' },
      });
      await saveWorkshopStates({
        subject: las.subject,
        meetingId: meeting.id,
        expectedVersion: 1,
        input: { states: ['MRT', 'DJI'] },
      });
      await inviteFocalPoints({ subject: las.subject, meetingId: meeting.id, now: before, baseUrl });
      // Someone not invited cannot answer.
      const stranger = await person(db());
      expect(
        (
          await refusal(() =>
            answerInvitation({
              subject: stranger.subject,
              meetingId: meeting.id,
              expectedVersion: 1,
              input: { answer: 'accept' },
              now: before,
            }),
          )
        ).status,
      ).toBe(403);
      const a = await answerInvitation({
        subject: focalA.subject,
        meetingId: meeting.id,
        expectedVersion: 1,
        input: { answer: 'accept', gender: 'woman' },
        now: before,
        baseUrl,
      });
      expect(a.registration).toMatchObject({ status: 'confirmed', countryIso3: 'MRT', gender: 'woman' });
      // One place: the second invitee who accepts waits.
      const b = await answerInvitation({
        subject: focalB.subject,
        meetingId: meeting.id,
        expectedVersion: 1,
        input: { answer: 'accept' },
        now: before,
        baseUrl,
      });
      expect(b.registration?.status).toBe('waitlisted');
      // Declining after accepting gives the place up: the waiting list moves up.
      await answerInvitation({
        subject: focalA.subject,
        meetingId: meeting.id,
        expectedVersion: 2,
        input: { answer: 'decline' },
        now: before,
        baseUrl,
      });
      const [moved] = await db()
        .select({ status: meetingRegistrations.status })
        .from(meetingRegistrations)
        .where(sql`${meetingRegistrations.id} = ${b.registration!.id}`);
      expect(moved?.status).toBe('confirmed');

      const attend = (now: Date, day: string, seen = 0) =>
        markAttendance({
          subject: las.subject,
          meetingId: meeting.id,
          input: {
            day,
            marks: { [b.registration!.id]: 'attended' },
            seen: { [b.registration!.id]: String(seen) },
          },
          now,
        });
      const early = await refusal(() => attend(before, '2026-03-28'));
      expect(early.code).toBe('attendanceBeforeWorkshop');
      expect(errorFields(early)).toHaveProperty('day');
      expect((await refusal(() => attend(firstDay, '2026-03-29'))).code).toBe('attendanceDayNotYet');
      expect(await attend(firstDay, '2026-03-28')).toEqual({ changed: 1 });
      // A save from a page that had not seen that mark is refused, not applied.
      expect((await refusal(() => attend(firstDay, '2026-03-28', 0))).code).toBe('staleVersion');
      // A non-participant cannot be marked.
      const notOne = await refusal(() =>
        markAttendance({
          subject: las.subject,
          meetingId: meeting.id,
          input: { day: '2026-03-28', marks: { [a.registration!.id]: 'attended' } },
          now: firstDay,
        }),
      );
      expect(notOne.code).toBe('attendanceNotParticipant');
    });

    it('closes the record only from the last day, counting the trained by state and gender', async () => {
      const las = await person(db(), [{ role: 'regional_secretariat', scopeId: 'LAS' }]);
      const focal = await person(db(), [{ role: 'focal_point', scopeId: 'SOM' }]);
      const meeting = await publishedWorkshop(las.subject);
      await saveWorkshopStates({
        subject: las.subject,
        meetingId: meeting.id,
        expectedVersion: 1,
        input: { states: ['SOM'] },
      });
      await inviteFocalPoints({ subject: las.subject, meetingId: meeting.id, now: before, baseUrl });
      const { registration } = await answerInvitation({
        subject: focal.subject,
        meetingId: meeting.id,
        expectedVersion: 1,
        input: { answer: 'accept', gender: 'man' },
        now: before,
        baseUrl,
      });
      await markAttendance({
        subject: las.subject,
        meetingId: meeting.id,
        input: { day: '2026-03-28', marks: { [registration!.id]: 'attended' } },
        now: firstDay,
      });
      const record = {
        heldFrom: '2026-03-28',
        heldTo: '2026-03-29',
        topics: { ar: 'نموذج الإرشادات', en: 'The guidance template' },
        report: { ar: 'تقرير موجز.' },
      };
      const early = await refusal(() =>
        closeTrainingRecord({
          subject: las.subject,
          meetingId: meeting.id,
          expectedVersion: 2,
          input: record,
          now: firstDay,
        }),
      );
      expect(early.code).toBe('recordBeforeEnd');
      expect(errorFields(early)).toHaveProperty('heldFrom');
      const closed = await closeTrainingRecord({
        subject: las.subject,
        meetingId: meeting.id,
        expectedVersion: 2,
        input: record,
        now: after,
      });
      expect(closed).toMatchObject({
        trainedTotal: 1,
        trainedByCountry: { SOM: 1 },
        trainedByGender: { man: 1 },
        version: 3,
      });
      const publicView = await getWorkshop({ subject: anonymousSubject, meetingId: meeting.id, now: after });
      expect(publicView.record).toMatchObject({ trainedTotal: 1, heldFrom: '2026-03-28' });
      // Aggregates only: nothing on the public view names a person.
      expect(JSON.stringify(publicView.record)).not.toContain(focal.name);
    });
  });
}
