import { meetingEntityType, meetings } from '#db/schema/meetings';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { syncMeetingContent } from './meeting-content.server';
import { checkOrganise } from './meeting-policy';
import { checkMeetingReferences, meetingSnapshot } from './meeting-records.server';
import { parseMeetingInput } from './meeting-schema';

/** Creates a meeting as a draft (its organisers only) for a region the subject organises meetings in. */
export async function createMeeting(options: {
  db?: DbOrTx;
  subject: Subject;
  input: unknown;
  isSample?: boolean;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  const input = parseMeetingInput(options.input);
  checkOrganise(subject, input.regionId);
  return db.transaction(async (tx) => {
    await checkMeetingReferences(tx, input);
    const [meeting] = await tx
      .insert(meetings)
      .values({ ...input, createdBy: subject.userId, isSample: options.isSample ?? false })
      .returning();
    await syncMeetingContent(tx, meeting!.id);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'meeting.create',
      entityType: meetingEntityType,
      entityId: meeting!.id,
      after: meetingSnapshot(meeting!),
      requestId: options.requestId,
    });
    return meeting!;
  });
}
