import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, contentItems } from '#db/schema/index';
import { countPublicContent } from '~/modules/content/count-content.server';
import { person } from '~/modules/reviews/authoring/test-people';
import { anonymousSubject } from '~/permissions/resolver';
import type { AppError } from '~/platform/errors';
import { errorFields } from '~/platform/forms/issues';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { refusal } from '../../../tests/refusal';
import { createMeeting } from './create-meeting.server';
import { decideNomination } from './decide-nomination.server';
import { getMeeting } from './get-meeting.server';
import { inviteSpeaker } from './invite-speaker.server';
import { listMeetings } from './list-meetings.server';
import { listSpeakers } from './list-speakers.server';
import { listStatements } from './list-statements.server';
import { nominateSpeaker } from './nominate-speaker.server';
import { recordStatement } from './record-statement.server';
import { removeSession } from './remove-session.server';
import { saveSession } from './save-session.server';
import { setMeetingStatus } from './set-meeting-status.server';
import {
  fourPanelForms,
  fourPanels,
  meetingInput,
  sessionInput,
  statementInput,
  validMeetingInput,
  validSpeakerInput,
} from './test-fixtures';
import { updateMeeting } from './update-meeting.server';

/** The field a refusal names first (schema refusals by path, rule refusals by params.field). */
const fieldOf = (e: AppError) => Object.keys(errorFields(e))[0];

for (const store of testStores) {
  describe(`meetings (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;
    const people = async () => ({
      las: await person(db(), [{ role: 'regional_secretariat', scopeId: 'LAS' }]),
      ece: await person(db(), [{ role: 'regional_secretariat', scopeId: 'ECE' }]),
      network: await person(db(), [{ role: 'network_secretariat' }]),
      stakeholder: await person(db()),
    });

    it('lets only the region’s secretariat organise its meetings; a draft is theirs alone', async () => {
      const { las, ece, network, stakeholder } = await people();
      for (const subject of [anonymousSubject, stakeholder.subject, ece.subject]) {
        const e = await refusal(() => createMeeting({ subject, input: validMeetingInput }));
        expect([e.code, e.status]).toEqual(['forbidden', 403]);
      }
      // A global meeting (no region, e.g. the IMRF) is for the Network secretariat.
      const global = meetingInput({ kind: 'imrf', regionId: '' });
      expect((await refusal(() => createMeeting({ subject: las.subject, input: global }))).status).toBe(403);
      expect((await createMeeting({ subject: network.subject, input: global })).regionId).toBeNull();

      const meeting = await createMeeting({ subject: las.subject, input: validMeetingInput });
      expect(meeting).toMatchObject({
        status: 'draft',
        regionId: 'LAS',
        version: 1,
        languages: ['ar', 'en'],
      });
      expect(meeting.balanceTargets).toEqual({ minWomenPercent: 40 });
      for (const subject of [anonymousSubject, stakeholder.subject, ece.subject]) {
        expect((await refusal(() => getMeeting({ subject, meetingId: meeting.id }))).status).toBe(404);
      }
      expect((await getMeeting({ subject: network.subject, meetingId: meeting.id })).canManage).toBe(true);
      expect((await listMeetings({ subject: anonymousSubject })).total).toBe(0);
      expect((await listMeetings({ subject: las.subject })).total).toBe(1);

      const published = await setMeetingStatus({
        subject: las.subject,
        meetingId: meeting.id,
        expectedVersion: 1,
        status: 'published',
      });
      expect(published.publishedAt).not.toBeNull();
      const seen = await getMeeting({ subject: anonymousSubject, meetingId: meeting.id });
      expect(seen.canManage).toBe(false);
      const trail = await db()
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(eq(auditLog.entityId, meeting.id));
      expect(trail.map((r) => r.action)).toEqual(['meeting.create', 'meeting.status']);
    });

    it('refuses bad input with reasons, and a stale save', async () => {
      const { las } = await people();
      const cases: [Record<string, string | string[]>, string, string][] = [
        [{ 'title.ar': '' }, 'title.ar', 'meetingTitleRequired'],
        [{ originalLanguage: 'en', 'title.en': '' }, 'title.en', 'meetingTitleRequired'],
        [{ endsOn: '2026-03-01' }, 'endsOn', 'datesOutOfOrder'],
        [{ timeZone: 'Mars/Base' }, 'timeZone', 'invalidTimeZone'],
        [{ venue: '', onlineUrl: '' }, 'venue', 'meetingPlaceRequired'],
        [{ onlineUrl: 'javascript:alert(1)' }, 'onlineUrl', 'invalidUrl'],
        [{ kind: 'party' }, 'kind', 'invalidChoice'],
        [{ participatingCountries: ['XXX'] }, 'participatingCountries', 'invalidChoice'],
        [{ 'balanceTargets.minWomenPercent': '١٢٠' }, 'balanceTargets.minWomenPercent', 'percentOutOfRange'],
        [
          { 'balanceTargets.maxSubregionPercent': '3.5' },
          'balanceTargets.maxSubregionPercent',
          'invalidFormat',
        ],
      ];
      for (const [change, field, code] of cases) {
        const e = await refusal(() => createMeeting({ subject: las.subject, input: meetingInput(change) }));
        expect([fieldOf(e), e.code]).toEqual([field, code]);
      }
      const meeting = await createMeeting({ subject: las.subject, input: validMeetingInput });
      await updateMeeting({
        subject: las.subject,
        meetingId: meeting.id,
        expectedVersion: 1,
        input: validMeetingInput,
      });
      const stale = await refusal(() =>
        updateMeeting({
          subject: las.subject,
          meetingId: meeting.id,
          expectedVersion: 1,
          input: validMeetingInput,
        }),
      );
      expect([stale.code, stale.status]).toEqual(['staleVersion', 409]);
    });

    it('builds a four-panel agenda that covers 23/23, with sessions kept inside the days and rooms never double-booked', async () => {
      const { las } = await people();
      const meeting = await createMeeting({ subject: las.subject, input: validMeetingInput });
      const [first, ...rest] = fourPanels;
      await saveSession({ subject: las.subject, meetingId: meeting.id, input: first });
      let view = await getMeeting({ subject: las.subject, meetingId: meeting.id });
      expect(view.coverage?.covered).toHaveLength(6);
      expect(view.coverage?.missing).toHaveLength(17);
      for (const panel of rest)
        await saveSession({ subject: las.subject, meetingId: meeting.id, input: panel });
      view = await getMeeting({ subject: las.subject, meetingId: meeting.id });
      expect(view.coverage).toEqual({ covered: expect.any(Array), missing: [], repeated: [] });
      expect(view.coverage?.covered).toHaveLength(23);

      // Paris moves to summer time on 29 March: 10:00 is 09:00Z before and 08:00Z after.
      expect(view.sessions.map((s) => s.startsAt.toISOString())).toEqual([
        '2026-03-28T09:00:00.000Z',
        '2026-03-28T13:00:00.000Z',
        '2026-03-30T08:00:00.000Z',
        '2026-03-30T12:00:00.000Z',
      ]);

      const outside = await refusal(() =>
        saveSession({ subject: las.subject, meetingId: meeting.id, input: { ...first, day: '2026-03-31' } }),
      );
      expect([outside.code, fieldOf(outside)]).toEqual(['sessionOutsideMeeting', 'day']);
      const sessionCases: [Record<string, string>, string, string][] = [
        [{ 'title.ar': '', 'title.en': '' }, 'title.ar', 'sessionTitleRequired'],
        [{ startTime: '11:00', endTime: '١٠:٣٠' }, 'endTime', 'timesOutOfOrder'],
        [{ startTime: '25:00' }, 'startTime', 'invalidTime'],
        [{ kind: 'party' }, 'kind', 'invalidChoice'],
      ];
      for (const [change, field, code] of sessionCases) {
        const e = await refusal(() =>
          saveSession({
            subject: las.subject,
            meetingId: meeting.id,
            input: sessionInput(fourPanelForms[0]!, change),
          }),
        );
        expect([fieldOf(e), e.code]).toEqual([field, code]);
      }
      const clash = await refusal(() =>
        saveSession({
          subject: las.subject,
          meetingId: meeting.id,
          input: sessionInput(fourPanelForms[0]!, {
            'title.ar': 'جلسة أخرى',
            startTime: '11:30',
            endTime: '12:30',
            room: ' القاعة  الكبرى ',
          }),
        }),
      );
      expect([clash.code, fieldOf(clash), clash.params.other]).toEqual([
        'sessionRoomClash',
        'room',
        'الحلقة النقاشية 1',
      ]);
      // Another room at the same time is fine; so is the same room right after.
      await saveSession({
        subject: las.subject,
        meetingId: meeting.id,
        input: { ...first, objectives: ['1'], room: 'القاعة ب' },
      });
      await saveSession({
        subject: las.subject,
        meetingId: meeting.id,
        input: { ...first, objectives: [], startTime: '12:00', endTime: '13:00' },
      });
      view = await getMeeting({ subject: las.subject, meetingId: meeting.id });
      expect(view.coverage?.repeated).toEqual([{ objective: 1, sessions: 2 }]);

      // The meeting's days cannot shrink past its sessions.
      const shrink = await refusal(() =>
        updateMeeting({
          subject: las.subject,
          meetingId: meeting.id,
          expectedVersion: view.meeting.version,
          input: meetingInput({ endsOn: '2026-03-29' }),
        }),
      );
      expect(shrink.code).toBe('sessionsOutsideNewDates');

      const session = view.sessions.find((s) => s.room === 'القاعة ب')!;
      await removeSession({
        subject: las.subject,
        meetingId: meeting.id,
        sessionId: session.id,
        expectedVersion: session.version,
      });
      view = await getMeeting({ subject: las.subject, meetingId: meeting.id });
      expect(view.coverage?.repeated).toEqual([]);
    });

    it('indexes a meeting and its sessions with the objectives covered, public only once published', async () => {
      const { las } = await people();
      const meeting = await createMeeting({ subject: las.subject, input: validMeetingInput });
      for (const panel of fourPanels)
        await saveSession({ subject: las.subject, meetingId: meeting.id, input: panel });
      const counts = async () => (await countPublicContent({ db: db() })).byType;
      const before = await counts();
      const onObjective23 = async () =>
        (await countPublicContent({ db: db(), objective: 23 })).byType.meeting_session;
      const before23 = await onObjective23();
      await setMeetingStatus({
        subject: las.subject,
        meetingId: meeting.id,
        expectedVersion: 1,
        status: 'published',
      });
      expect(await counts()).toMatchObject({
        meeting: before.meeting + 1,
        meeting_session: before.meeting_session + 4,
      });
      expect(await onObjective23()).toBe(before23 + 1);
      const [row] = await db()
        .select()
        .from(contentItems)
        .where(and(eq(contentItems.type, 'meeting'), eq(contentItems.id, meeting.id)));
      expect(row?.objectives).toHaveLength(23);
      expect(row?.path).toBe(`/meetings/${meeting.id}`);
    });

    it('takes self-nominations once per session, lets the organisers decide, and updates the balance', async () => {
      const { las, stakeholder, ece } = await people();
      const meeting = await createMeeting({ subject: las.subject, input: validMeetingInput });
      const panel = await saveSession({ subject: las.subject, meetingId: meeting.id, input: fourPanels[0] });
      const nominate = (subject = stakeholder.subject, input: object = validSpeakerInput(panel.id)) =>
        nominateSpeaker({ subject, meetingId: meeting.id, input });
      // Not while the meeting is a draft (it does not exist for the stakeholder yet).
      expect((await refusal(() => nominate())).status).toBe(404);
      await setMeetingStatus({
        subject: las.subject,
        meetingId: meeting.id,
        expectedVersion: 1,
        status: 'published',
      });
      expect((await refusal(() => nominate(anonymousSubject))).status).toBe(403);

      await inviteSpeaker({
        subject: las.subject,
        meetingId: meeting.id,
        input: {
          ...validSpeakerInput(panel.id),
          name: 'Omar Saleh',
          gender: 'man',
          countryIso3: 'EGY',
          sector: 'government',
        },
      });
      await inviteSpeaker({
        subject: las.subject,
        meetingId: meeting.id,
        input: {
          ...validSpeakerInput(panel.id),
          name: 'Karim Nasser',
          gender: 'man',
          countryIso3: 'JOR',
          sector: 'government',
        },
      });
      let organiser = (await listSpeakers({ subject: las.subject, meetingId: meeting.id })).organiser!;
      expect(organiser.sessionBalance[panel.id]!.warnings.map((w) => w.code)).toEqual(['noWoman']);

      const nomination = await nominate();
      expect(nomination).toMatchObject({ status: 'nominated', nominatedBy: stakeholder.id });
      const twice = await refusal(() =>
        nominate(stakeholder.subject, { ...validSpeakerInput(panel.id), name: ' ليلى  حداد ' }),
      );
      expect([twice.code, twice.status]).toEqual(['speakerAlreadyOnSession', 409]);

      // The public sees the programme only, never demographics nor pending nominations.
      const publicView = await listSpeakers({ subject: anonymousSubject, meetingId: meeting.id });
      expect(publicView.programme.map((s) => s.name)).toEqual(['Omar Saleh', 'Karim Nasser']);
      expect(JSON.stringify(publicView)).not.toContain('woman');
      expect(publicView.organiser).toBeNull();

      expect(
        (
          await refusal(() =>
            decideNomination({
              subject: ece.subject,
              meetingId: meeting.id,
              speakerId: nomination.id,
              expectedVersion: 1,
              input: { decision: 'accept' },
            }),
          )
        ).status,
      ).toBe(403);
      const noReason = await refusal(() =>
        decideNomination({
          subject: las.subject,
          meetingId: meeting.id,
          speakerId: nomination.id,
          expectedVersion: 1,
          input: { decision: 'decline', reason: '' },
        }),
      );
      expect([noReason.code, fieldOf(noReason)]).toEqual(['declineReasonRequired', 'reason']);
      await decideNomination({
        subject: las.subject,
        meetingId: meeting.id,
        speakerId: nomination.id,
        expectedVersion: 1,
        input: { decision: 'accept' },
      });
      organiser = (await listSpeakers({ subject: las.subject, meetingId: meeting.id })).organiser!;
      expect(organiser.sessionBalance[panel.id]!.warnings.map((w) => w.code)).toEqual(['womenBelowTarget']);
      expect(organiser.balance.gender.tallies).toEqual([
        { key: 'man', count: 2, percent: 67 },
        { key: 'woman', count: 1, percent: 33 },
      ]);
      const mine = await listSpeakers({ subject: stakeholder.subject, meetingId: meeting.id });
      expect(mine.mine).toEqual([expect.objectContaining({ name: 'ليلى حداد', status: 'accepted' })]);
      const again = await refusal(() =>
        decideNomination({
          subject: las.subject,
          meetingId: meeting.id,
          speakerId: nomination.id,
          expectedVersion: 2,
          input: { decision: 'decline', reason: 'x' },
        }),
      );
      expect(again.code).toBe('nominationAlreadyDecided');
    });

    it('records statements by participating states only, within the meeting, and finds them in the repository', async () => {
      const { las, stakeholder } = await people();
      const meeting = await createMeeting({ subject: las.subject, input: validMeetingInput });
      const statement = statementInput();
      const cases: [Record<string, string | string[]>, string, string][] = [
        [{ countryIso3: 'FRA' }, 'countryIso3', 'statementStateNotParticipating'],
        [{ countryIso3: '' }, 'countryIso3', 'statementStateRequired'],
        [{ deliveredOn: '2026-04-02' }, 'deliveredOn', 'statementOutsideMeeting'],
        [{ speakerKind: 'group', countryIso3: '' }, 'speakerName', 'statementSpeakerRequired'],
        [{ 'body.ar': '' }, 'body.ar', 'statementTextRequired'],
      ];
      for (const [change, field, code] of cases) {
        const e = await refusal(() =>
          recordStatement({ subject: las.subject, meetingId: meeting.id, input: statementInput(change) }),
        );
        expect([fieldOf(e), e.code]).toEqual([field, code]);
      }
      expect(
        (
          await refusal(() =>
            recordStatement({ subject: stakeholder.subject, meetingId: meeting.id, input: statement }),
          )
        ).status,
      ).toBe(404);
      const jordan = await recordStatement({ subject: las.subject, meetingId: meeting.id, input: statement });
      await recordStatement({
        subject: las.subject,
        meetingId: meeting.id,
        input: statementInput({
          speakerKind: 'group',
          countryIso3: '',
          speakerName: 'المجموعة العربية',
          language: 'en',
          'body.ar': '',
          'body.en': 'The Arab Group welcomes the review.',
          objectives: ['23'],
        }),
      });
      // Hidden while the meeting is a draft; found by state, objective, language and words once published.
      expect(
        (await listStatements({ subject: anonymousSubject, filters: { meeting: meeting.id } })).total,
      ).toBe(0);
      await setMeetingStatus({
        subject: las.subject,
        meetingId: meeting.id,
        expectedVersion: 1,
        status: 'published',
      });
      const find = async (filters: object) =>
        (
          await listStatements({ subject: anonymousSubject, filters: { meeting: meeting.id, ...filters } })
        ).items.map((i) => i.statement.id);
      expect(await find({ country: 'jor' })).toEqual([jordan.id]);
      expect(await find({ objective: 6 })).toEqual([jordan.id]);
      expect((await find({ language: 'en' })).length).toBe(1);
      expect(await find({ q: 'العمال المهاجرين' })).toEqual([jordan.id]);
      // The lists read what they show; the text only when asked (the API).
      const listed = await listStatements({
        subject: anonymousSubject,
        filters: { meeting: meeting.id, country: 'JOR' },
      });
      expect(Object.keys(listed.items[0]!.statement).sort()).toEqual(
        ['countryIso3', 'deliveredOn', 'id', 'language', 'speakerKind', 'speakerName', 'title'].sort(),
      );
      const withText = await listStatements({
        subject: anonymousSubject,
        filters: { meeting: meeting.id, country: 'JOR' },
        withText: true,
      });
      expect(withText.items[0]!.statement.body.ar).toBeTruthy();
      expect(
        (await countPublicContent({ db: db(), country: 'JOR' })).byType.statement,
      ).toBeGreaterThanOrEqual(1);
    });
  });
}
