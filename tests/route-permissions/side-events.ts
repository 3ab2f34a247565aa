import { eq } from 'drizzle-orm';
import { meetings } from '#db/schema/meetings';
import { acceptSideEvent } from '~/modules/meetings/side-events/accept-side-event.server';
import { proposeSideEvent } from '~/modules/meetings/side-events/propose-side-event.server';
import { saveSideEventSettings } from '~/modules/meetings/side-events/save-side-event-settings.server';
import { type Area, everyone } from './types';

/**
 * Side events of the meetings area's published meeting (LAS): the programme page and an accepted
 * side event are public; a pending proposal (the organisation member's) is for its proposer and the
 * organisers only — the mutation matrix names it.
 */
export const area: Area = {
  rows: [
    {
      route: ':lang/meetings/:id/side-events',
      url: (ids) => `/ar/meetings/${ids.publishedMeetingId}/side-events`,
      allow: everyone,
    },
    {
      route: ':lang/meetings/:id/side-events/:proposalId',
      url: (ids) => `/ar/meetings/${ids.publishedMeetingId}/side-events/${ids.acceptedSideEventId}`,
      allow: everyone,
    },
  ],
  async setup({ db, userIds }) {
    const [meeting] = await db
      .select({ id: meetings.id })
      .from(meetings)
      .where(eq(meetings.status, 'published'))
      .limit(1);
    const meetingId = meeting!.id;
    const organiser = {
      userId: userIds.admin,
      grants: [{ role: 'admin' as const, scopeType: 'global' as const, scopeId: '' }],
    };
    const proposer = { userId: userIds.organisation_member, grants: [] };
    await saveSideEventSettings({
      db,
      subject: organiser,
      meetingId,
      expectedVersion: 0,
      input: { open: 'on' },
    });
    const now = new Date('2026-03-01T12:00:00Z');
    const input = (title: string) => ({
      title: { ar: title },
      proposingOrganisation: 'منظمة الاختبار',
      description: 'وصف.',
      objectives: ['6'],
      format: 'online',
      preferredDay: '2026-03-29',
      languages: ['ar'],
    });
    const pending = await proposeSideEvent({ db, subject: proposer, meetingId, input: input('معلّقة'), now });
    const accepted = await proposeSideEvent({
      db,
      subject: proposer,
      meetingId,
      input: input('مقبولة'),
      now,
    });
    await acceptSideEvent({
      db,
      subject: organiser,
      meetingId,
      proposalId: accepted.id,
      expectedVersion: 1,
      input: {},
    });
    return { pendingSideEventId: pending.id, acceptedSideEventId: accepted.id };
  },
};
