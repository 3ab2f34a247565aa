import { eq } from 'drizzle-orm';
import { meetingDocuments, meetingDocumentVersions } from '#db/schema/meeting-documents';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { syncContent } from '~/modules/content/sync-content.server';
import { nextParagraphIds } from '~/modules/documents/document-versions.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { checkManageMeeting } from '../meeting-policy';
import { meetingDocumentContent } from './document-content.server';
import { loadMeetingDocument, meetingDocumentVersionStore } from './document-records.server';
import { parseDocumentText } from './document-schema';

/**
 * The organisers save the document's text as its next version (paragraph identifiers follow the
 * previous version: corrected and moved paragraphs keep theirs). `expectedVersion` is the row
 * version the form was opened on: a stale save answers 409 with the current text. The adopted
 * version stays public until another is adopted.
 */
export async function saveMeetingDocument(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  documentId: string;
  expectedVersion: number;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const { meeting, document } = await loadMeetingDocument(tx, { ...options, forUpdate: true });
    checkManageMeeting(subject, meeting);
    // Read after the organiser check: someone else's form is refused as such, whatever it holds.
    const input = parseDocumentText(options.input);
    const before = document!;
    const { after } = await updateVersioned({
      db: tx,
      table: meetingDocuments,
      where: eq(meetingDocuments.id, before.id),
      expectedVersion: options.expectedVersion,
      set: { ...input, latestVersion: before.latestVersion + 1 },
    });
    await tx.insert(meetingDocumentVersions).values({
      documentId: after.id,
      number: after.latestVersion,
      title: input.title,
      body: input.body,
      paragraphIds: await nextParagraphIds(tx, meetingDocumentVersionStore, after.id, input.body),
      savedBy: subject.userId,
    });
    await syncContent(tx, meetingDocumentContent, [after.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'meeting_document.save',
      entityType: 'meeting_document',
      entityId: after.id,
      before: { title: before.title, body: before.body, version: before.latestVersion },
      after: { title: after.title, body: after.body, version: after.latestVersion },
      requestId: options.requestId,
    });
    return after;
  });
}
