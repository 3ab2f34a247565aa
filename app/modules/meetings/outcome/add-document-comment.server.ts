import { meetingDocumentComments } from '#db/schema/meeting-documents';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { checkParagraphOf } from '~/modules/documents/document-versions.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, forbidden, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { zonedParts } from '~/platform/time-zone';
import { canSeeMeeting } from '../meeting-policy';
import { canCommentMeetingDocument, isMeetingDocumentPartner } from './document-policy';
import { loadDocumentVersion, loadMeetingDocument } from './document-records.server';
import { parseDocumentComment } from './document-schema';

/**
 * A partner's comment on the latest version, on the whole document or one of its paragraphs, while
 * the comment period is open (never public).
 */
export async function addDocumentComment(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  documentId: string;
  input: unknown;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  const { body, paragraph } = parseDocumentComment(options.input);
  return db.transaction(async (tx) => {
    const { meeting, document } = await loadMeetingDocument(tx, options);
    if (!canSeeMeeting(subject, meeting)) throw notFound();
    if (!isMeetingDocumentPartner(subject, meeting)) throw forbidden();
    const doc = document!;
    const today = zonedParts(options.now ?? new Date(), meeting.timeZone).date;
    if (!canCommentMeetingDocument(subject, meeting, doc, today))
      throw new AppError('commentPeriodNotOpen', 409);
    if (paragraph) checkParagraphOf(await loadDocumentVersion(tx, doc.id, doc.latestVersion), paragraph);
    const [comment] = await tx
      .insert(meetingDocumentComments)
      .values({
        documentId: doc.id,
        versionNumber: doc.latestVersion,
        paragraphId: paragraph,
        authorId: subject.userId,
        body,
      })
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'meeting_document.comment',
      entityType: 'meeting_document',
      entityId: doc.id,
      after: comment!,
      requestId: options.requestId,
    });
    return comment!;
  });
}
