import { asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { users } from '#db/schema/accounts';
import type { Translated } from '#db/schema/columns';
import type { MeetingDocumentKind, MeetingDocumentStatus } from '#db/schema/meeting-document-values';
import {
  meetingDocumentComments,
  meetingDocumentPath,
  meetingDocuments,
  meetingDocumentVersions,
} from '#db/schema/meeting-documents';
import { meetingSessions } from '#db/schema/meetings';
import { listCitingItems } from '~/modules/content/paragraph-citations.server';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { documentParagraphs, isParagraphId } from '~/platform/text/document-paragraphs';
import { zonedParts } from '~/platform/time-zone';
import { canManageMeeting, canSeeMeeting } from '../meeting-policy';
import { loadMeeting, type MeetingRow } from '../meeting-records.server';
import {
  canCommentMeetingDocument,
  canOpenDocumentWorkspace,
  canSeeDocumentsArea,
  checkDocumentWorkspace,
} from './document-policy';
import { loadDocumentVersion, loadMeetingDocument } from './document-records.server';

/**
 * A meeting's documents as one JSON value (the outcome first, then by creation), each with its
 * session's title and its published version's title: a subquery, so the meeting page reads them in
 * its one query.
 */
export const meetingDocumentsJson = (meetingId: SQL | string) => sql`(
  select coalesce(json_agg(json_build_object('id', d.id, 'meetingId', d.meeting_id, 'kind', d.kind,
      'sessionId', d.session_id, 'sessionTitle', s.title, 'title', d.title, 'status', d.status,
      'commentsCloseOn', d.comments_close_on, 'latestVersion', d.latest_version,
      'publishedVersion', d.published_version, 'publishedTitle', v.title, 'isSample', d.is_sample)
    order by d.is_outcome desc, d.created_at), '[]'::json)
  from ${meetingDocuments} d
  left join ${meetingSessions} s on s.id = d.session_id
  left join ${meetingDocumentVersions} v on v.document_id = d.id and v.number = d.published_version
  where d.meeting_id = ${meetingId})`;

interface MeetingDocumentItem {
  id: string;
  meetingId: string;
  kind: MeetingDocumentKind;
  sessionId: string | null;
  sessionTitle: Translated | null;
  title: Translated;
  status: MeetingDocumentStatus;
  commentsCloseOn: string | null;
  latestVersion: number;
  publishedVersion: number | null;
  publishedTitle: Translated | null;
  isSample: boolean;
}

/**
 * A meeting's documents as this reader may see them: the adopted ones for everyone (with their
 * public path), every one with its state for the organisers and the partners' open ones.
 */
export async function listMeetingDocuments(options: { db?: DbOrTx; subject: Subject; meetingId: string }) {
  const { db = getDb(), subject } = options;
  const meeting = await loadMeeting(db, options.meetingId);
  if (!canSeeMeeting(subject, meeting)) throw notFound();
  const { rows } = await db.execute<{ documents: unknown }>(
    sql`select ${meetingDocumentsJson(meeting.id)} as documents`,
  );
  return meetingDocumentsView(subject, meeting, rows[0]?.documents);
}

/** listMeetingDocuments from what meetingDocumentsJson read (the caller has checked the meeting may be seen). */
export function meetingDocumentsView(subject: Subject, meeting: MeetingRow, json: unknown) {
  const documents = ((json ?? []) as MeetingDocumentItem[]).map((r) => ({
    ...r,
    path: r.publishedVersion ? meetingDocumentPath(r) : null,
    title: r.publishedTitle ?? r.title,
    canOpenWorkspace: canOpenDocumentWorkspace(subject, meeting, r),
  }));
  return {
    meeting,
    published: documents.filter((d) => d.publishedVersion !== null && meeting.status !== 'draft'),
    workspace: documents.filter((d) => d.canOpenWorkspace),
    canCreate: canManageMeeting(subject, meeting),
    canSeeArea: canSeeDocumentsArea(subject, meeting),
  };
}

/** A document as its organisers and partners work on it: live text, versions, one shown in full, comments. */
export async function getDocumentWorkspace(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  documentId: string;
  versionNumber?: number | null;
  now?: Date;
}) {
  const { db = getDb(), subject } = options;
  const { meeting, document } = await loadMeetingDocument(db, options);
  checkDocumentWorkspace(subject, meeting, document);
  const doc = document!;
  const [versions, comments, latest, session] = await readTogether(db, [
    () =>
      db
        .select({
          number: meetingDocumentVersions.number,
          savedAt: meetingDocumentVersions.savedAt,
          savedBy: users.name,
        })
        .from(meetingDocumentVersions)
        .leftJoin(users, eq(users.id, meetingDocumentVersions.savedBy))
        .where(eq(meetingDocumentVersions.documentId, doc.id))
        .orderBy(desc(meetingDocumentVersions.number)),
    () =>
      db
        .select({
          id: meetingDocumentComments.id,
          versionNumber: meetingDocumentComments.versionNumber,
          paragraphId: meetingDocumentComments.paragraphId,
          body: meetingDocumentComments.body,
          createdAt: meetingDocumentComments.createdAt,
          author: users.name,
        })
        .from(meetingDocumentComments)
        .leftJoin(users, eq(users.id, meetingDocumentComments.authorId))
        .where(eq(meetingDocumentComments.documentId, doc.id))
        .orderBy(asc(meetingDocumentComments.createdAt)),
    () => loadDocumentVersion(db, doc.id, doc.latestVersion),
    () =>
      doc.sessionId
        ? db
            .select({
              id: meetingSessions.id,
              title: meetingSessions.title,
              coChairs: meetingSessions.coChairs,
            })
            .from(meetingSessions)
            .where(eq(meetingSessions.id, doc.sessionId))
            .then((r) => r[0] ?? null)
        : Promise.resolve(null),
  ]);
  const shown = options.versionNumber ? await loadDocumentVersion(db, doc.id, options.versionNumber) : null;
  const today = zonedParts(options.now ?? new Date(), meeting.timeZone).date;
  return {
    meeting,
    document: doc,
    session,
    versions,
    comments,
    latestParagraphs: documentParagraphs(latest.body, latest.paragraphIds),
    shownVersion: shown,
    canDraft: canManageMeeting(subject, meeting),
    canComment: canCommentMeetingDocument(subject, meeting, doc, today),
    publicPath: doc.publishedVersion ? meetingDocumentPath(doc) : null,
  };
}

/** The adopted version of a meeting document ('outcome': the meeting's outcome), in paragraphs; notFound before. */
export async function getPublishedDocument(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  documentId: string | 'outcome';
}) {
  const { db = getDb(), subject } = options;
  const { meeting, document } = await loadMeetingDocument(db, options);
  if (!canSeeMeeting(subject, meeting) || !document?.publishedVersion) throw notFound();
  if (meeting.status === 'draft') throw notFound();
  // A summary is not served at the outcome's address, nor the outcome at a summary's.
  if (options.documentId !== 'outcome' && document.isOutcome) throw notFound();
  const [version, session] = await readTogether(db, [
    () => loadDocumentVersion(db, document.id, document.publishedVersion!),
    () =>
      document.sessionId
        ? db
            .select({
              id: meetingSessions.id,
              title: meetingSessions.title,
              coChairs: meetingSessions.coChairs,
            })
            .from(meetingSessions)
            .where(eq(meetingSessions.id, document.sessionId))
            .then((r) => r[0] ?? null)
        : Promise.resolve(null),
  ]);
  return {
    meeting,
    document,
    session,
    version,
    path: meetingDocumentPath(document),
    paragraphs: documentParagraphs(version.body, version.paragraphIds),
    canEdit: canOpenDocumentWorkspace(subject, meeting, document),
  };
}

/** One paragraph of an adopted meeting document, with what cites it (only what this reader may open). */
export async function getDocumentParagraph(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  documentId: string | 'outcome';
  eId: string;
}) {
  const { db = getDb() } = options;
  if (!isParagraphId(options.eId)) throw notFound();
  const published = await getPublishedDocument(options);
  const paragraph = published.paragraphs.find((p) => p.eId === options.eId);
  if (!paragraph) throw notFound();
  const citedBy = await listCitingItems(db, options.subject, {
    documentType: 'meeting_document',
    documentId: published.document.id,
    eId: paragraph.eId,
  });
  return { ...published, paragraph, citedBy };
}
