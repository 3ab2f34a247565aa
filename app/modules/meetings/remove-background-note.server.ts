import { and, eq } from 'drizzle-orm';
import { attachments } from '#db/schema/files';
import { backgroundNoteEntityType, meetingBackgroundNotes } from '#db/schema/meetings';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound, staleVersion } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { checkManageMeeting } from './meeting-policy';
import { lockMeeting } from './meeting-records.server';

/**
 * Removes a background note, naming the version the organiser saw. Its file is no longer attached to
 * anything, so only its uploader can still download it.
 */
export async function removeBackgroundNote(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  noteId: string;
  expectedVersion: number;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, options.meetingId);
    checkManageMeeting(subject, meeting);
    if (!isUuid(options.noteId)) throw notFound();
    const [note] = await tx
      .select()
      .from(meetingBackgroundNotes)
      .where(
        and(eq(meetingBackgroundNotes.id, options.noteId), eq(meetingBackgroundNotes.meetingId, meeting.id)),
      );
    if (!note) throw notFound();
    if (note.version !== options.expectedVersion) throw staleVersion(note);
    await tx
      .delete(attachments)
      .where(and(eq(attachments.entityType, backgroundNoteEntityType), eq(attachments.entityId, note.id)));
    await tx.delete(meetingBackgroundNotes).where(eq(meetingBackgroundNotes.id, note.id));
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'meeting.backgroundNote.remove',
      entityType: backgroundNoteEntityType,
      entityId: note.id,
      before: note,
      requestId: options.requestId,
    });
  });
}
