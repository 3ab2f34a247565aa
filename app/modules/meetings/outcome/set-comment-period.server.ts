import { eq } from 'drizzle-orm';
import { meetingDocuments } from '#db/schema/meeting-documents';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, fieldRefusal } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { zonedParts } from '~/platform/time-zone';
import { updateVersioned } from '~/platform/versioning.server';
import { checkManageMeeting } from '../meeting-policy';
import { loadMeetingDocument } from './document-records.server';
import { parseCommentPeriod } from './document-schema';

/**
 * The organisers open the comment period on the latest version (until a day, in the meeting's time
 * zone, not in the past) or close it (`open: false`): the partners comment on paragraphs while it
 * is open. Opening again moves the closing day.
 */
export async function setCommentPeriod(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  documentId: string;
  expectedVersion: number;
  open: boolean;
  input?: unknown;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const { meeting, document } = await loadMeetingDocument(tx, { ...options, forUpdate: true });
    checkManageMeeting(subject, meeting);
    const before = document!;
    let set: Partial<typeof meetingDocuments.$inferInsert>;
    if (options.open) {
      const { closesOn } = parseCommentPeriod(options.input);
      const today = zonedParts(options.now ?? new Date(), meeting.timeZone).date;
      if (closesOn < today) throw fieldRefusal('closesOn', 'commentPeriodInPast');
      set = { status: 'comment', commentsCloseOn: closesOn };
    } else {
      if (before.status !== 'comment') throw new AppError('commentPeriodNotOpen', 409);
      set = { status: before.publishedVersion ? 'adopted' : 'drafting', commentsCloseOn: null };
    }
    const { after } = await updateVersioned({
      db: tx,
      table: meetingDocuments,
      where: eq(meetingDocuments.id, before.id),
      expectedVersion: options.expectedVersion,
      set,
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: options.open ? 'meeting_document.comments_open' : 'meeting_document.comments_close',
      entityType: 'meeting_document',
      entityId: after.id,
      before: { status: before.status, commentsCloseOn: before.commentsCloseOn },
      after: { status: after.status, commentsCloseOn: after.commentsCloseOn },
      requestId: options.requestId,
    });
    return after;
  });
}
