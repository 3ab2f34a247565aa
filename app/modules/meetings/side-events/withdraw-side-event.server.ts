import { eq } from 'drizzle-orm';
import { meetingSideEvents, sideEventEntityType } from '#db/schema/meeting-side-events';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { lockMeeting } from '../meeting-records.server';
import { checkOwnProposal } from './side-event-policy';
import { lockSideEvent } from './side-event-records.server';
import { isPending } from './side-event-rules';

/** The proposer withdraws a pending proposal (kept, marked withdrawn; its title may be proposed again). */
export async function withdrawSideEvent(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  proposalId: string;
  expectedVersion: number;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, options.meetingId);
    const proposal = await lockSideEvent(tx, meeting.id, options.proposalId);
    checkOwnProposal(subject, meeting, proposal);
    if (!isPending(proposal.status)) throw new AppError('sideEventNotPending', 409);
    const { after } = await updateVersioned({
      db: tx,
      table: meetingSideEvents,
      where: eq(meetingSideEvents.id, proposal.id),
      expectedVersion: options.expectedVersion,
      set: { status: 'withdrawn' },
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'meeting.side-event.withdraw',
      entityType: sideEventEntityType,
      entityId: proposal.id,
      before: { status: proposal.status },
      after: { status: after.status },
      requestId: options.requestId,
    });
    return after;
  });
}
