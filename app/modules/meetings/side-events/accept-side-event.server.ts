import { eq } from 'drizzle-orm';
import { meetingSideEvents, sideEventEntityType } from '#db/schema/meeting-side-events';
import { meetingSessions, meetings } from '#db/schema/meetings';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { syncContent } from '~/modules/content/sync-content.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { zonedToInstant } from '~/platform/time-zone';
import { updateVersioned } from '~/platform/versioning.server';
import { syncMeetingContent } from '../meeting-content.server';
import { checkSessionRules, lockMeeting, writeSessionTags } from '../meeting-records.server';
import { sideEventContent } from './side-event-content.server';
import { queueSideEventMail } from './side-event-mail.server';
import { checkReviewSideEvents } from './side-event-policy';
import { lockSideEvent, proposalSnapshot } from './side-event-records.server';
import { isPending } from './side-event-rules';
import { parseAcceptInput } from './side-event-schema';

/**
 * The organisers accept a pending proposal. Given a time slot (a day, times, maybe a room), the side
 * event also becomes a session of kind `side-event` in the agenda, under the agenda's own rules:
 * within the meeting's days, no room taken twice at once. The proposer is told by e-mail.
 */
export async function acceptSideEvent(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  proposalId: string;
  expectedVersion: number;
  input: unknown;
  requestId?: string;
  baseUrl?: string;
  /** False for the sample data set, whose proposers are not written to. */
  notify?: boolean;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, options.meetingId);
    checkReviewSideEvents(subject, meeting);
    const proposal = await lockSideEvent(tx, meeting.id, options.proposalId);
    if (!isPending(proposal.status)) throw new AppError('sideEventNotPending', 409);
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
