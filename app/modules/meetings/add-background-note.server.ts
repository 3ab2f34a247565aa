import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { backgroundNoteEntityType, meetingBackgroundNotes, meetingSessions } from '#db/schema/meetings';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { storeUpload } from '~/modules/files/store-upload.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import type { UploadedFile } from '~/platform/uploads/parse-upload.server';
import { isUuid } from '~/platform/uuid';
import { parseBackgroundNoteInput } from './background-note-schema';
import { checkManageMeeting } from './meeting-policy';
import { lockMeeting } from './meeting-records.server';

/**
 * The organisers attach a background note to a session: a file (PDF or DOCX, already checked by the
 * upload parser) or a link, never both, with a title. The file, its attachment, the note and the
 * audit entry commit together.
 */
export async function addBackgroundNote(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  sessionId: string;
  input: unknown;
  upload?: UploadedFile | null;
  requestId?: string;
}) {
  const { db = getDb(), subject, upload = null } = options;
  try {
    return await db.transaction(async (tx) => {
      const meeting = await lockMeeting(tx, options.meetingId);
      checkManageMeeting(subject, meeting);
      if (!isUuid(options.sessionId)) throw notFound();
      const [session] = await tx
        .select({ id: meetingSessions.id })
        .from(meetingSessions)
        .where(and(eq(meetingSessions.id, options.sessionId), eq(meetingSessions.meetingId, meeting.id)));
      if (!session) throw notFound();
      const input = parseBackgroundNoteInput(options.input);
      if (Boolean(upload) === Boolean(input.url)) throw fieldRefusal('file', 'backgroundNoteFileOrLink');
      const id = randomUUID();
      const file = upload
        ? await storeUpload({
            db: tx,
            upload,
            uploadedBy: subject.userId,
            attachTo: { entityType: backgroundNoteEntityType, entityId: id },
            requestId: options.requestId,
          })
        : null;
      const [note] = await tx
        .insert(meetingBackgroundNotes)
        .values({
          id,
          meetingId: meeting.id,
          sessionId: session.id,
          title: input.title,
          fileId: file?.id ?? null,
          url: input.url ?? null,
          createdBy: subject.userId,
        })
        .returning();
      await recordAudit(tx, {
        actorId: subject.userId,
        action: 'meeting.backgroundNote.add',
        entityType: backgroundNoteEntityType,
        entityId: id,
        after: note,
        requestId: options.requestId,
      });
      return note!;
    });
  } finally {
    // A refused note's upload must not stay in the spool (a stored one is already gone).
    await upload?.discard();
  }
}
