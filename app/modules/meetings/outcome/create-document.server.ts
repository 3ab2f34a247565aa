import { and, eq } from 'drizzle-orm';
import {
  meetingDocuments,
  meetingDocumentVersions,
  outcomeDocumentKinds,
} from '#db/schema/meeting-documents';
import { meetingSessions } from '#db/schema/meetings';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { syncContent } from '~/modules/content/sync-content.server';
import { nextParagraphIds } from '~/modules/documents/document-versions.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { checkManageMeeting } from '../meeting-policy';
import { lockMeeting } from '../meeting-records.server';
import { meetingDocumentContent } from './document-content.server';
import { meetingDocumentVersionStore } from './document-records.server';
import { parseNewDocument } from './document-schema';

/**
 * The organisers start a document of the meeting with its first version: the meeting's outcome
 * (one per meeting), a chair's summary, or a round table's co-chairs' summary (one per round-table
 * session, which it must name).
 */
export async function createMeetingDocument(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  const input = parseNewDocument(options.input);
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, options.meetingId);
    checkManageMeeting(subject, meeting);
    const isOutcome = outcomeDocumentKinds.includes(input.kind);
    let sessionId: string | null = null;
    if (input.kind === 'co-chairs-summary') {
      if (!input.sessionId) throw fieldRefusal('sessionId', 'documentSessionRequired');
      const [session] = await tx
        .select({ id: meetingSessions.id, kind: meetingSessions.kind })
        .from(meetingSessions)
        .where(and(eq(meetingSessions.id, input.sessionId), eq(meetingSessions.meetingId, meeting.id)));
      if (session?.kind !== 'round-table') throw fieldRefusal('sessionId', 'documentSessionRequired');
      sessionId = session.id;
    }
    const existing = await tx
      .select({ id: meetingDocuments.id, kind: meetingDocuments.kind, sessionId: meetingDocuments.sessionId })
      .from(meetingDocuments)
      .where(eq(meetingDocuments.meetingId, meeting.id));
    if (isOutcome && existing.some((d) => outcomeDocumentKinds.includes(d.kind))) {
      throw fieldRefusal('kind', 'documentOutcomeExists', { status: 409 });
    }
    if (sessionId && existing.some((d) => d.sessionId === sessionId)) {
      throw fieldRefusal('sessionId', 'documentSessionHasSummary', { status: 409 });
    }
    const [document] = await tx
      .insert(meetingDocuments)
      .values({
        meetingId: meeting.id,
        sessionId,
        kind: input.kind,
        isOutcome,
        title: input.title,
        body: input.body,
        latestVersion: 1,
        createdBy: subject.userId,
        isSample: meeting.isSample,
      })
      .returning();
    await tx.insert(meetingDocumentVersions).values({
      documentId: document!.id,
      number: 1,
      title: input.title,
      body: input.body,
      paragraphIds: await nextParagraphIds(tx, meetingDocumentVersionStore, document!.id, input.body),
      savedBy: subject.userId,
    });
    await syncContent(tx, meetingDocumentContent, [document!.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'meeting_document.create',
      entityType: 'meeting_document',
      entityId: document!.id,
      after: { kind: document!.kind, title: document!.title, body: document!.body, version: 1 },
      requestId: options.requestId,
    });
    return document!;
  });
}
