import { and, eq } from 'drizzle-orm';
import { meetingDocuments, meetingDocumentVersions } from '#db/schema/meeting-documents';
import type { VersionStore } from '~/modules/documents/document-versions.server';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { isUuid } from '~/platform/uuid';
import { loadMeeting, lockMeeting, type MeetingRow } from '../meeting-records.server';

export type MeetingDocumentRow = typeof meetingDocuments.$inferSelect;

/** Where a meeting document's versions are kept (the shared document-versions logic reads it). */
export const meetingDocumentVersionStore: VersionStore = {
  table: meetingDocumentVersions,
  parent: meetingDocumentVersions.documentId,
  number: meetingDocumentVersions.number,
  body: meetingDocumentVersions.body,
  ids: meetingDocumentVersions.paragraphIds,
};

/**
 * The meeting and one of its documents: by id, or 'outcome' for the meeting's outcome (declaration
 * or conference outcome; null when it has none). With `forUpdate` the meeting row is locked.
 */
export async function loadMeetingDocument(
  db: DbOrTx,
  options: { meetingId: string; documentId: string | 'outcome'; forUpdate?: boolean },
): Promise<{ meeting: MeetingRow; document: MeetingDocumentRow | null }> {
  const meeting = options.forUpdate
    ? await lockMeeting(db, options.meetingId)
    : await loadMeeting(db, options.meetingId);
  if (options.documentId !== 'outcome' && !isUuid(options.documentId)) throw notFound();
  const [document] = await db
    .select()
    .from(meetingDocuments)
    .where(
      and(
        eq(meetingDocuments.meetingId, meeting.id),
        options.documentId === 'outcome'
          ? eq(meetingDocuments.isOutcome, true)
          : eq(meetingDocuments.id, options.documentId),
      ),
    );
  if (!document && options.documentId !== 'outcome') throw notFound();
  return { meeting, document: document ?? null };
}

/** One saved version of a meeting document (notFound when there is none). */
export async function loadDocumentVersion(db: DbOrTx, documentId: string, number: number) {
  const [version] = await db
    .select()
    .from(meetingDocumentVersions)
    .where(
      and(eq(meetingDocumentVersions.documentId, documentId), eq(meetingDocumentVersions.number, number)),
    );
  if (!version) throw notFound();
  return version;
}
