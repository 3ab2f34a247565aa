import { and, eq } from 'drizzle-orm';
import { meetingSessions, sessionEntityType } from '#db/schema/meetings';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound, staleVersion } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { syncMeetingContent } from './meeting-content.server';
import { checkManageMeeting } from './meeting-policy';
import { lockMeeting, writeSessionTags } from './meeting-records.server';

/** Removes a session from the agenda (with its speakers), naming the version the organiser saw. */
export async function removeSession(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  sessionId: string;
  expectedVersion: number;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, options.meetingId);
    checkManageMeeting(subject, meeting);
    if (!isUuid(options.sessionId)) throw notFound();
    const [session] = await tx
      .select()
      .from(meetingSessions)
      .where(and(eq(meetingSessions.id, options.sessionId), eq(meetingSessions.meetingId, meeting.id)));
    if (!session) throw notFound();
    if (session.version !== options.expectedVersion) throw staleVersion(session);
    await writeSessionTags(tx, session.id, []);
    await tx.delete(meetingSessions).where(eq(meetingSessions.id, session.id));
    await syncMeetingContent(tx, meeting.id, [session.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'meeting.session.remove',
      entityType: sessionEntityType,
      entityId: session.id,
      before: session,
      requestId: options.requestId,
    });
  });
}
