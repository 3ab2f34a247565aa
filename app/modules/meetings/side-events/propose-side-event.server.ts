import { meetingSideEvents, sideEventEntityType } from '#db/schema/meeting-side-events';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { lockMeeting } from '../meeting-records.server';
import { checkPropose } from './side-event-policy';
import {
  checkProposal,
  proposalSnapshot,
  proposalValues,
  type SideEventRow,
} from './side-event-records.server';
import { parseProposalInput } from './side-event-schema';

/**
 * A signed-in person proposes a side event for a published meeting that takes proposals: refused
 * after the deadline or while closed, on a day outside the meeting, or under a title they already
 * proposed for it. The meeting's row lock serialises proposals, so a double submit is refused too.
 */
export async function proposeSideEvent(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  input: unknown;
  now?: Date;
  isSample?: boolean;
  requestId?: string;
}): Promise<SideEventRow> {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, options.meetingId);
    checkPropose(subject, meeting);
    const input = parseProposalInput(options.input);
    const proposerId = subject.userId!;
    await checkProposal(tx, { meeting, proposerId, input, now: options.now ?? new Date() });
    const [row] = (await tx
      .insert(meetingSideEvents)
      .values({
        ...proposalValues(input),
        meetingId: meeting.id,
        proposedBy: proposerId,
        status: 'pending',
        isSample: options.isSample ?? false,
      })
      .returning()) as [SideEventRow];
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'meeting.side-event.propose',
      entityType: sideEventEntityType,
      entityId: row.id,
      before: null,
      after: proposalSnapshot(row),
      requestId: options.requestId,
    });
    return row;
  });
}
