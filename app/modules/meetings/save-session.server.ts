import { and, eq } from 'drizzle-orm';
import { meetingSessions, meetings, sessionEntityType } from '#db/schema/meetings';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { updateVersioned } from '~/platform/versioning.server';
import { syncMeetingContent } from './meeting-content.server';
import { checkManageMeeting } from './meeting-policy';
import { checkSessionRules, lockMeeting, sessionInstants, writeSessionTags } from './meeting-records.server';
import { parseSessionInput } from './meeting-schema';

/**
 * Adds a session to a meeting's agenda (no sessionId) or saves one (sessionId + expectedVersion),
 * with the objectives it covers. Refused: a session outside the meeting's days, or in a room
 * already taken at that time. The meeting's row lock serialises agenda changes, so two organisers
 * cannot book one room at once.
 */
export async function saveSession(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  sessionId?: string;
  expectedVersion?: number;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, options.meetingId);
    checkManageMeeting(subject, meeting);
    const input = parseSessionInput(options.input);
    const times = sessionInstants(meeting, input);
    const values = {
      kind: input.kind,
      title: input.title,
      summary: input.summary,
      room: input.room,
      coChairs: input.coChairs,
      ...times,
    };
    await checkSessionRules(tx, meeting, { id: options.sessionId, ...values });
    let before: typeof meetingSessions.$inferSelect | null = null;
    let session: typeof meetingSessions.$inferSelect;
    if (options.sessionId) {
      if (!isUuid(options.sessionId)) throw notFound();
      ({ before, after: session } = await updateVersioned({
        db: tx,
        table: meetingSessions,
        where: and(eq(meetingSessions.id, options.sessionId), eq(meetingSessions.meetingId, meeting.id))!,
        expectedVersion: options.expectedVersion ?? 0,
        set: values,
      }));
    } else {
      [session] = (await tx
        .insert(meetingSessions)
        .values({ ...values, meetingId: meeting.id })
        .returning()) as [typeof session];
    }
    await writeSessionTags(tx, session.id, input.objectives);
    await tx.update(meetings).set({ updatedAt: new Date() }).where(eq(meetings.id, meeting.id));
    await syncMeetingContent(tx, meeting.id);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: before ? 'meeting.session.update' : 'meeting.session.create',
      entityType: sessionEntityType,
      entityId: session.id,
      before,
      after: { ...session, objectives: input.objectives },
      requestId: options.requestId,
    });
    return { ...session, objectives: input.objectives };
  });
}
