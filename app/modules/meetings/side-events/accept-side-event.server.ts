import { eq } from 'drizzle-orm';
import { meetingSideEvents, sideEventEntityType } from '#db/schema/meeting-side-events';
import { meetingSessions, meetings } from '#db/schema/meetings';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { syncContent } from '~/modules/content/sync-content.server';
import { getDb } from '~/platform/platform.server';
import { zonedToInstant } from '~/platform/time-zone';
import { updateVersioned } from '~/platform/versioning.server';
import { syncMeetingContent } from '../meeting-content.server';
import { checkSessionRules, writeSessionTags } from '../meeting-records.server';
import { sideEventContent } from './side-event-content.server';
import { queueSideEventMail } from './side-event-mail.server';
import { lockPendingProposal, proposalSnapshot, type SideEventDecision } from './side-event-records.server';
import { parseAcceptInput } from './side-event-schema';

/**
 * The organisers accept a pending proposal. Given a time slot (a day, times, maybe a room), the side
 * event also becomes a session of kind `side-event` in the agenda, under the agenda's own rules:
 * within the meeting's days, no room taken twice at once. The proposer is told by e-mail.
 */
export async function acceptSideEvent(options: SideEventDecision) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const { meeting, proposal } = await lockPendingProposal(tx, options);
    const { slot } = parseAcceptInput(options.input);
    let sessionId: string | null = null;
    if (slot) {
      const values = {
        kind: 'side-event' as const,
        title: proposal.title,
        summary: { [proposal.originalLanguage]: proposal.description },
        room: slot.room,
        coChairs: [] as string[],
        startsAt: zonedToInstant(slot.day, slot.startTime, meeting.timeZone),
        endsAt: zonedToInstant(slot.day, slot.endTime, meeting.timeZone),
      };
      await checkSessionRules(tx, meeting, values);
      const [session] = await tx
        .insert(meetingSessions)
        .values({ ...values, meetingId: meeting.id })
        .returning({ id: meetingSessions.id });
      sessionId = session!.id;
      await writeSessionTags(tx, sessionId, proposal.objectives);
    }
    const { after } = await updateVersioned({
      db: tx,
      table: meetingSideEvents,
      where: eq(meetingSideEvents.id, proposal.id),
      expectedVersion: options.expectedVersion,
      set: {
        status: 'accepted',
        sessionId,
        decidedBy: subject.userId,
        decidedAt: new Date(),
        decisionReason: '',
      },
    });
    if (sessionId) {
      await tx.update(meetings).set({ updatedAt: new Date() }).where(eq(meetings.id, meeting.id));
      await syncMeetingContent(tx, meeting.id);
    }
    await syncContent(tx, sideEventContent, [proposal.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'meeting.side-event.accept',
      entityType: sideEventEntityType,
      entityId: proposal.id,
      before: { status: proposal.status },
      after: proposalSnapshot(after),
      requestId: options.requestId,
    });
    if (options.notify ?? true) {
      await queueSideEventMail(tx, { meeting, proposal: after, kind: 'accepted', baseUrl: options.baseUrl });
    }
    return after;
  });
}
