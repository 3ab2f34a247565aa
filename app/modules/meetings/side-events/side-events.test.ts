import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contentItems } from '#db/schema/content';
import { meetingSessions } from '#db/schema/meetings';
import { person } from '~/modules/reviews/authoring/test-people';
import { searchContent } from '~/modules/search/search-content.server';
import { anonymousSubject, type Subject } from '~/permissions/resolver';
import { errorFields } from '~/platform/forms/issues';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { refusal } from '../../../../tests/refusal';
import { createMeeting } from '../create-meeting.server';
import { saveSession } from '../save-session.server';
import { setMeetingStatus } from '../set-meeting-status.server';
import { fourPanels, validMeetingInput } from '../test-fixtures';
import { acceptSideEvent } from './accept-side-event.server';
import { declineSideEvent } from './decline-side-event.server';
import { getSideEvent, listSideEvents } from './list-side-events.server';
import { proposeSideEvent } from './propose-side-event.server';
import { saveSideEventSettings } from './save-side-event-settings.server';
import { updateSideEvent } from './update-side-event.server';
import { withdrawSideEvent } from './withdraw-side-event.server';

/** The fixtures' meeting runs 28–30 March 2026 (Europe/Paris); proposals come in early March. */
const march = new Date('2026-03-02T09:00:00Z');
const proposal = (changes: Record<string, unknown> = {}) => ({
  title: { ar: 'العاملات المهاجرات في قطاع الرعاية', en: '' },
  proposingOrganisation: 'شبكة المهاجرين',
  organisers: 'منظمة العمل الدولية\nاتحاد النقابات',
  description: 'حوار مع العاملات المهاجرات عن الحماية الاجتماعية.',
  objectives: ['6', '22'],
  format: 'hybrid',
  preferredDay: '2026-03-29',
  languages: ['ar', 'en'],
  ...changes,
});

for (const store of testStores) {
  describe(`side events (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;

    async function meetingTakingProposals(organiser: Subject, closesOn = '2026-03-15') {
      const meeting = await createMeeting({ subject: organiser, input: validMeetingInput });
      await saveSession({ subject: organiser, meetingId: meeting.id, input: fourPanels[0] });
      await setMeetingStatus({
        subject: organiser,
        meetingId: meeting.id,
        expectedVersion: 1,
        status: 'published',
      });
      await saveSideEventSettings({
        subject: organiser,
        meetingId: meeting.id,
        expectedVersion: 0,
        input: { open: 'on', closesOn },
      });
      return meeting;
    }
    const propose = (subject: Subject, meetingId: string, changes = {}, now = march) =>
      proposeSideEvent({ subject, meetingId, input: proposal(changes), now });
    const indexed = async (id: string) =>
      (
        await db()
          .select({ id: contentItems.id })
          .from(contentItems)
          .where(and(eq(contentItems.type, 'meeting_side_event'), eq(contentItems.id, id)))
      ).length;

    it('takes proposals only while open and before the deadline, on a day of the meeting, once per title', async () => {
      const las = await person(db(), [{ role: 'regional_secretariat', scopeId: 'LAS' }]);
      const alice = await person(db());
      const bob = await person(db());
      const meeting = await meetingTakingProposals(las.subject);
      expect((await refusal(() => propose(anonymousSubject, meeting.id))).status).toBe(403);
      const late = await refusal(() =>
        propose(alice.subject, meeting.id, {}, new Date('2026-03-16T09:00:00Z')),
      );
      expect(late.code).toBe('sideEventDeadlinePassed');
      const outside = await refusal(() => propose(alice.subject, meeting.id, { preferredDay: '2026-03-31' }));
      expect(errorFields(outside)).toEqual({
        preferredDay: [
          { code: 'sideEventDayOutsideMeeting', params: { startsOn: '2026-03-28', endsOn: '2026-03-30' } },
        ],
      });
      const incomplete = await refusal(() =>
        propose(alice.subject, meeting.id, { title: {}, objectives: [], languages: [], format: 'other' }),
      );
      expect(Object.keys(errorFields(incomplete)).sort()).toEqual([
        'format',
        'languages',
        'objectives',
        'title.ar',
      ]);
      const first = await propose(alice.subject, meeting.id);
      expect(first).toMatchObject({
        status: 'pending',
        organisers: ['منظمة العمل الدولية', 'اتحاد النقابات'],
        objectives: [6, 22],
        originalLanguage: 'ar',
      });
      // The same title again (spelt a little differently) by the same proposer is refused beside the title …
      const again = await refusal(() =>
        propose(alice.subject, meeting.id, { title: { ar: 'العاملات المهاجرات  في قطاع الرعاية!' } }),
      );
      expect(Object.keys(errorFields(again))).toEqual(['title.ar']);
      expect(again.code).toBe('sideEventDuplicateTitle');
      // … but another proposer may use it, and a withdrawn proposal frees it.
      await propose(bob.subject, meeting.id);
      await withdrawSideEvent({
        subject: alice.subject,
        meetingId: meeting.id,
        proposalId: first.id,
        expectedVersion: 1,
      });
      await propose(alice.subject, meeting.id);
      // Closed by the organisers: refused.
      await saveSideEventSettings({
        subject: las.subject,
        meetingId: meeting.id,
        expectedVersion: 1,
        input: {},
      });
      const closed = await refusal(() => propose(bob.subject, meeting.id, { title: { en: 'Another' } }));
      expect(closed.code).toBe('sideEventProposalsClosed');
    });

    it('lets only the proposer edit or withdraw a pending proposal, from the version they read', async () => {
      const las = await person(db(), [{ role: 'regional_secretariat', scopeId: 'LAS' }]);
      const alice = await person(db());
      const stranger = await person(db());
      const meeting = await meetingTakingProposals(las.subject);
      const mine = await propose(alice.subject, meeting.id);
      const edit = (subject: Subject, expectedVersion: number, changes = {}) =>
        updateSideEvent({
          subject,
          meetingId: meeting.id,
          proposalId: mine.id,
          expectedVersion,
          input: proposal(changes),
          now: march,
        });
      expect((await refusal(() => edit(stranger.subject, 1))).status).toBe(404);
      expect((await refusal(() => edit(las.subject, 1))).status).toBe(403);
      const saved = await edit(alice.subject, 1, { format: 'online' });
      expect(saved).toMatchObject({ format: 'online', version: 2 });
      expect((await refusal(() => edit(alice.subject, 1, { format: 'in-person' }))).code).toBe(
        'staleVersion',
      );
      await declineSideEvent({
        subject: las.subject,
        meetingId: meeting.id,
        proposalId: mine.id,
        expectedVersion: 2,
        input: { reason: 'البرنامج مكتمل.' },
      });
      expect((await refusal(() => edit(alice.subject, 3))).code).toBe('sideEventNotPending');
      const withdraw = await refusal(() =>
        withdrawSideEvent({
          subject: alice.subject,
          meetingId: meeting.id,
          proposalId: mine.id,
          expectedVersion: 3,
        }),
      );
      expect(withdraw.code).toBe('sideEventNotPending');
    });

    it('declines only with a reason, which the proposer reads and is mailed in their language', async () => {
      const las = await person(db(), [{ role: 'regional_secretariat', scopeId: 'LAS' }]);
      const ece = await person(db(), [{ role: 'regional_secretariat', scopeId: 'ECE' }]);
      const alice = await person(db());
      const meeting = await meetingTakingProposals(las.subject);
      const mine = await propose(alice.subject, meeting.id);
      const decline = (subject: Subject, reason: string) =>
        declineSideEvent({
          subject,
          meetingId: meeting.id,
          proposalId: mine.id,
          expectedVersion: 1,
          input: { reason },
        });
      expect((await refusal(() => decline(ece.subject, 'لا'))).status).toBe(403);
      expect((await refusal(() => decline(alice.subject, 'لا'))).status).toBe(403);
      const noReason = await refusal(() => decline(las.subject, '  '));
      expect(errorFields(noReason)).toEqual({ reason: [{ code: 'sideEventDeclineReasonRequired' }] });
      await decline(las.subject, 'البرنامج مكتمل في ذلك اليوم.');
      const seen = await getSideEvent({ subject: alice.subject, meetingId: meeting.id, proposalId: mine.id });
      expect(seen.proposal).toMatchObject({
        status: 'declined',
        decisionReason: 'البرنامج مكتمل في ذلك اليوم.',
      });
      const mails = await db().execute<{ payload: { to: string; subject: string; text: string } }>(
        sql`select payload from jobs where kind = 'mail.send' order by id`,
      );
      const toAlice = mails.rows.map((r) => r.payload).filter((m) => m.to === alice.email);
      expect(toAlice).toHaveLength(1);
      expect(toAlice[0]!.text).toContain('البرنامج مكتمل في ذلك اليوم.');
      expect(await indexed(mine.id)).toBe(0);
    });

    it('accepts into the agenda as a side-event session under the agenda’s day and room rules', async () => {
      const las = await person(db(), [{ role: 'regional_secretariat', scopeId: 'LAS' }]);
      const alice = await person(db());
      const meeting = await meetingTakingProposals(las.subject);
      const mine = await propose(alice.subject, meeting.id);
      const accept = (input: Record<string, string>) =>
        acceptSideEvent({
          subject: las.subject,
          meetingId: meeting.id,
          proposalId: mine.id,
          expectedVersion: 1,
          input,
        });
      // Panel 1 holds the great hall on the 28th, 10:00–12:00.
      const clash = await refusal(() =>
        accept({ day: '2026-03-28', startTime: '11:00', endTime: '12:30', room: 'القاعة الكبرى' }),
      );
      expect(clash.code).toBe('sessionRoomClash');
      const outside = await refusal(() =>
        accept({ day: '2026-03-31', startTime: '11:00', endTime: '12:00' }),
      );
      expect(outside.code).toBe('sessionOutsideMeeting');
      const half = await refusal(() => accept({ day: '2026-03-29' }));
      expect(Object.keys(errorFields(half)).sort()).toEqual(['endTime', 'startTime']);
      expect(await indexed(mine.id)).toBe(0);
      const accepted = await accept({
        day: '2026-03-28',
        startTime: '12:30',
        endTime: '13:30',
        room: 'القاعة الكبرى',
      });
      expect(accepted.status).toBe('accepted');
      const [session] = await db()
        .select()
        .from(meetingSessions)
        .where(eq(meetingSessions.id, accepted.sessionId!));
      expect(session).toMatchObject({ kind: 'side-event', title: mine.title, room: 'القاعة الكبرى' });
      expect(session!.startsAt.toISOString()).toBe('2026-03-28T11:30:00.000Z');
      expect(await indexed(mine.id)).toBe(1);
      // Found once, as the side event: its agenda session is not indexed beside it.
      const found = await searchContent({
        subject: anonymousSubject,
        q: 'العاملات المهاجرات في قطاع الرعاية',
        locale: 'ar',
      });
      const ids = found.hits.map((h) => h.id);
      expect(ids.filter((id) => id === mine.id)).toHaveLength(1);
      expect(ids).not.toContain(accepted.sessionId);
      const sessionRows = await db()
        .select({ id: contentItems.id })
        .from(contentItems)
        .where(eq(contentItems.id, accepted.sessionId!));
      expect(sessionRows).toEqual([]);
      // Decided once: a second decision is refused.
      expect((await refusal(() => accept({}))).code).toBe('sideEventNotPending');
    });

    it('shows the programme to everyone and pending or declined proposals only to their proposer and the organisers', async () => {
      const las = await person(db(), [{ role: 'regional_secretariat', scopeId: 'LAS' }]);
      const alice = await person(db());
      const bob = await person(db());
      const meeting = await meetingTakingProposals(las.subject);
      const accepted = await propose(alice.subject, meeting.id);
      const pending = await propose(alice.subject, meeting.id, { title: { en: 'Data on migrant workers' } });
      await acceptSideEvent({
        subject: las.subject,
        meetingId: meeting.id,
        proposalId: accepted.id,
        expectedVersion: 1,
        input: {},
      });
      for (const subject of [anonymousSubject, bob.subject]) {
        const view = await listSideEvents({ subject, meetingId: meeting.id, now: march });
        expect(view.programme.map((p) => p.id)).toEqual([accepted.id]);
        expect(view.mine).toEqual([]);
        expect(view.queue).toBeNull();
        const hidden = await refusal(() =>
          getSideEvent({ subject, meetingId: meeting.id, proposalId: pending.id }),
        );
        expect(hidden.status).toBe(404);
        expect(
          (await getSideEvent({ subject, meetingId: meeting.id, proposalId: accepted.id })).proposal.id,
        ).toBe(accepted.id);
      }
      const own = await listSideEvents({ subject: alice.subject, meetingId: meeting.id, now: march });
      expect(own.mine.map((p) => p.id).sort()).toEqual([accepted.id, pending.id].sort());
      const organisers = await listSideEvents({ subject: las.subject, meetingId: meeting.id, now: march });
      expect(organisers.queue?.map((p) => p.id).sort()).toEqual([accepted.id, pending.id].sort());
      expect(organisers.state).toBe('open');
      // Only the accepted one is in the index.
      expect(await indexed(accepted.id)).toBe(1);
      expect(await indexed(pending.id)).toBe(0);
    });
  });
}
