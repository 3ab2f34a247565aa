import { eq } from 'drizzle-orm';
import { meetingSpeakers, speakerEntityType } from '#db/schema/meetings';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { updateVersioned } from '~/platform/versioning.server';
import { checkManageMeeting } from './meeting-policy';
import { lockMeeting } from './meeting-records.server';
import { parseDecisionInput } from './meeting-schema';
import { loadSpeaker } from './speaker-records.server';

/** The organisers accept a nomination, or decline it with a reason the nominator will read. */
export async function decideNomination(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  speakerId: string;
  expectedVersion: number;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, options.meetingId);
    checkManageMeeting(subject, meeting);
    const input = parseDecisionInput(options.input);
    if (!isUuid(options.speakerId)) throw new AppError('notFound', 404);
    const speaker = await loadSpeaker(tx, meeting.id, options.speakerId);
    if (speaker.status !== 'nominated') throw new AppError('nominationAlreadyDecided', 409);
    const { after } = await updateVersioned({
      db: tx,
      table: meetingSpeakers,
      where: eq(meetingSpeakers.id, speaker.id),
      expectedVersion: options.expectedVersion,
      set: {
        status: input.decision === 'accept' ? 'accepted' : 'declined',
        decisionReason: input.reason ?? '',
      },
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: `meeting.speaker.${input.decision}`,
      entityType: speakerEntityType,
      entityId: speaker.id,
      before: { status: speaker.status },
      after: { status: after.status, reason: after.decisionReason },
      requestId: options.requestId,
    });
    return after;
  });
}
