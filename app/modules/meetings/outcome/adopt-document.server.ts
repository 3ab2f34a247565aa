import { eq } from 'drizzle-orm';
import { meetingDocuments } from '#db/schema/meeting-documents';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { syncContent } from '~/modules/content/sync-content.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { checkManageMeeting } from '../meeting-policy';
import { meetingDocumentContent } from './document-content.server';
import { loadMeetingDocument } from './document-records.server';

/**
 * The organisers record the latest version as adopted and publish it (the one they were looking at:
 * staleVersion 409 if it changed since); the comment period ends. The public page shows that
 * version until another is adopted.
 */
export async function adoptMeetingDocument(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  documentId: string;
  expectedVersion: number;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const { meeting, document } = await loadMeetingDocument(tx, { ...options, forUpdate: true });
    checkManageMeeting(subject, meeting);
    const before = document!;
    if (before.publishedVersion === before.latestVersion) {
      throw new AppError('outcomeAlreadyPublished', 409, { version: before.latestVersion });
    }
    const { after } = await updateVersioned({
      db: tx,
      table: meetingDocuments,
      where: eq(meetingDocuments.id, before.id),
      expectedVersion: options.expectedVersion,
      set: {
        status: 'adopted',
        commentsCloseOn: null,
        publishedVersion: before.latestVersion,
        publishedAt: options.now ?? new Date(),
      },
    });
    await syncContent(tx, meetingDocumentContent, [after.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'meeting_document.adopt',
      entityType: 'meeting_document',
      entityId: after.id,
      before: { status: before.status, publishedVersion: before.publishedVersion },
      after: { status: after.status, publishedVersion: after.publishedVersion },
      requestId: options.requestId,
    });
    return after;
  });
}
