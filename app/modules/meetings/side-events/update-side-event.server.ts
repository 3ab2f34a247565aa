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
import { checkProposal, lockSideEvent, proposalSnapshot, proposalValues } from './side-event-records.server';
import { isPending } from './side-event-rules';
import { parseProposalInput } from './side-event-schema';

/**
 * The proposer edits a pending proposal, from the version they read (a stale save is refused with
 * the proposal as it is now). The proposal rules hold as for a new one: while the meeting takes
 * proposals, a day of the meeting, a title not already theirs.
 */
export async function updateSideEvent(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  proposalId: string;
  expectedVersion: number;
  input: unknown;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, options.meetingId);
    const proposal = await lockSideEvent(tx, meeting.id, options.proposalId);
    checkOwnProposal(subject, meeting, proposal);
    if (!isPending(proposal.status)) throw new AppError('sideEventNotPending', 409);
    const input = parseProposalInput(options.input);
    await checkProposal(tx, {
      meeting,
      proposerId: subject.userId!,
      input,
      now: options.now ?? new Date(),
      exceptId: proposal.id,
    });
    const { after } = await updateVersioned({
      db: tx,
      table: meetingSideEvents,
      where: eq(meetingSideEvents.id, proposal.id),
      expectedVersion: options.expectedVersion,
      set: proposalValues(input),
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'meeting.side-event.update',
      entityType: sideEventEntityType,
      entityId: proposal.id,
      before: proposalSnapshot(proposal),
      after: proposalSnapshot(after),
      requestId: options.requestId,
    });
    return after;
  });
}
