import { eq } from 'drizzle-orm';
import { meetingSideEvents, sideEventEntityType } from '#db/schema/meeting-side-events';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { lockMeeting } from '../meeting-records.server';
import { queueSideEventMail } from './side-event-mail.server';
import { checkReviewSideEvents } from './side-event-policy';
import { lockSideEvent } from './side-event-records.server';
import { isPending } from './side-event-rules';
import { parseDeclineInput } from './side-event-schema';

/** The organisers decline a pending proposal with a reason (required), which the proposer reads and is mailed. */
export async function declineSideEvent(options: {
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
    const { reason } = parseDeclineInput(options.input);
    const { after } = await updateVersioned({
      db: tx,
      table: meetingSideEvents,
      where: eq(meetingSideEvents.id, proposal.id),
      expectedVersion: options.expectedVersion,
      set: { status: 'declined', decisionReason: reason, decidedBy: subject.userId, decidedAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'meeting.side-event.decline',
      entityType: sideEventEntityType,
      entityId: proposal.id,
      before: { status: proposal.status },
      after: { status: after.status, reason },
      requestId: options.requestId,
    });
    if (options.notify ?? true) {
      await queueSideEventMail(tx, { meeting, proposal: after, kind: 'declined', baseUrl: options.baseUrl });
    }
    return after;
  });
}
