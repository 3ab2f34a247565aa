import { eq } from 'drizzle-orm';
import { backgroundNoteEntityType, meetingStatements, statementEntityType } from '#db/schema/meetings';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { backgroundNoteMeetingId } from './background-note-records.server';
import { canSeeMeeting } from './meeting-policy';
import { loadMeeting } from './meeting-records.server';

async function meetingOf(db: DbOrTx, entityType: string, entityId: string): Promise<string | null> {
  if (!isUuid(entityId)) return null;
  if (entityType === backgroundNoteEntityType) return backgroundNoteMeetingId(db, entityId);
  if (entityType === statementEntityType) {
    const [row] = await db
      .select({ meetingId: meetingStatements.meetingId })
      .from(meetingStatements)
      .where(eq(meetingStatements.id, entityId));
    return row?.meetingId ?? null;
  }
  return null;
}

/**
 * Whether the subject may download a file attached to a background note or a statement: whoever may
 * see its meeting (everyone once published; a draft's only for its organisers).
 */
export async function canReadMeetingFile(options: {
  db?: DbOrTx;
  subject: Subject;
  entityType: string;
  entityId: string;
}): Promise<boolean> {
  const { db = getDb() } = options;
  const meetingId = await meetingOf(db, options.entityType, options.entityId);
  if (!meetingId) return false;
  return canSeeMeeting(options.subject, await loadMeeting(db, meetingId));
}
