import { eq } from 'drizzle-orm';
import { meetingEntityType, meetings } from '#db/schema/meetings';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { syncMeetingContent } from './meeting-content.server';
import { checkManageMeeting, checkOrganise } from './meeting-policy';
import {
  checkMeetingReferences,
  checkSessionsWithin,
  lockMeeting,
  meetingSnapshot,
} from './meeting-records.server';
import { parseMeetingInput } from './meeting-schema';

/**
 * Saves a meeting's details. A stale save is refused (staleVersion 409); new days or a new time zone
 * must still hold every session; moving it to another region needs the right to organise there.
 */
export async function updateMeeting(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  expectedVersion: number;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const current = await lockMeeting(tx, options.meetingId);
    checkManageMeeting(subject, current);
    const input = parseMeetingInput(options.input);
    if (input.regionId !== current.regionId) checkOrganise(subject, input.regionId);
    await checkMeetingReferences(tx, input);
    await checkSessionsWithin(tx, current.id, input);
    const { before, after } = await updateVersioned({
      db: tx,
      table: meetings,
      where: eq(meetings.id, current.id),
      expectedVersion: options.expectedVersion,
      set: input,
    });
    await syncMeetingContent(tx, after.id);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'meeting.update',
      entityType: meetingEntityType,
      entityId: after.id,
      before: meetingSnapshot(before),
      after: meetingSnapshot(after),
      requestId: options.requestId,
    });
    return after;
  });
}
