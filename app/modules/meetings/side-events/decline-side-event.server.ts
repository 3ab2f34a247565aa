import { eq } from 'drizzle-orm';
import { meetingSideEvents, sideEventEntityType } from '#db/schema/meeting-side-events';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { queueSideEventMail } from './side-event-mail.server';
import { lockPendingProposal, type SideEventDecision } from './side-event-records.server';
import { parseDeclineInput } from './side-event-schema';

/** The organisers decline a pending proposal with a reason (required), which the proposer reads and is mailed. */
export async function declineSideEvent(options: SideEventDecision) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const { meeting, proposal } = await lockPendingProposal(tx, options);
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
