import { eq } from 'drizzle-orm';
import { type MeetingStatus, meetingEntityType, meetingStatuses, meetings } from '#db/schema/meetings';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { syncMeetingContent } from './meeting-content.server';
import { checkManageMeeting } from './meeting-policy';
import { lockMeeting } from './meeting-records.server';

/** Publishes a meeting (everyone sees it), cancels it (still public, marked) or takes it back to draft. */
export async function setMeetingStatus(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  expectedVersion: number;
  status: MeetingStatus;
  requestId?: string;
}) {
  const { db = getDb(), subject, status } = options;
  if (!meetingStatuses.includes(status)) throw new AppError('invalidChoice', 400, { field: 'status' });
  return db.transaction(async (tx) => {
    const current = await lockMeeting(tx, options.meetingId);
    checkManageMeeting(subject, current);
    const { after } = await updateVersioned({
      db: tx,
      table: meetings,
      where: eq(meetings.id, current.id),
      expectedVersion: options.expectedVersion,
      set: { status, ...(status === 'published' && !current.publishedAt ? { publishedAt: new Date() } : {}) },
    });
    await syncMeetingContent(tx, after.id);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'meeting.status',
      entityType: meetingEntityType,
      entityId: after.id,
      before: { status: current.status },
      after: { status: after.status },
      requestId: options.requestId,
    });
    return after;
  });
}
