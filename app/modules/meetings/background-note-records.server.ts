import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { files } from '#db/schema/files';
import { meetingBackgroundNotes, meetingSessions } from '#db/schema/meetings';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { checkManageMeeting } from './meeting-policy';
import { loadMeeting } from './meeting-records.server';

export interface BackgroundNote {
  id: string;
  sessionId: string;
  title: Translated;
  /** The download path (/files/:id) of a file note, or the link of a link note. */
  href: string;
  file: { name: string; sizeBytes: number; contentType: string } | null;
  version: number;
}

/** The background notes of these sessions, oldest first (the caller has checked the meeting may be seen). */
export async function listBackgroundNotes(
  db: DbOrTx,
  sessionIds: readonly string[],
): Promise<BackgroundNote[]> {
  if (!sessionIds.length) return [];
  const rows = await db
    .select({
      id: meetingBackgroundNotes.id,
      sessionId: meetingBackgroundNotes.sessionId,
      title: meetingBackgroundNotes.title,
      url: meetingBackgroundNotes.url,
      fileId: meetingBackgroundNotes.fileId,
      fileName: files.originalName,
      sizeBytes: files.sizeBytes,
      contentType: files.contentType,
      version: meetingBackgroundNotes.version,
    })
    .from(meetingBackgroundNotes)
    .leftJoin(files, eq(files.id, meetingBackgroundNotes.fileId))
    .where(inArray(meetingBackgroundNotes.sessionId, [...sessionIds]))
    .orderBy(asc(meetingBackgroundNotes.createdAt), asc(meetingBackgroundNotes.id));
  return rows.map(backgroundNoteOf);
}

interface NoteRead {
  id: string;
  sessionId: string;
  title: Translated;
  url: string | null;
  fileId: string | null;
  fileName: string | null;
  sizeBytes: number | string | null;
  contentType: string | null;
  version: number;
}

const backgroundNoteOf = (r: NoteRead): BackgroundNote => ({
  id: r.id,
  sessionId: r.sessionId,
  title: r.title,
  href: r.fileId ? `/files/${r.fileId}` : (r.url ?? ''),
  file:
    r.fileId && r.fileName !== null
      ? { name: r.fileName, sizeBytes: Number(r.sizeBytes), contentType: r.contentType ?? '' }
      : null,
  version: r.version,
});

/**
 * The background notes of a meeting's sessions as one JSON value, oldest first: a subquery, so the
 * meeting page reads them in its one query. `backgroundNotesFrom` decodes it.
 */
export const backgroundNotesJson = (meetingId: SQL | string) => sql`(
  select coalesce(json_agg(json_build_object('id', n.id, 'sessionId', n.session_id, 'title', n.title,
      'url', n.url, 'fileId', n.file_id, 'fileName', f.original_name, 'sizeBytes', f.size_bytes,
      'contentType', f.content_type, 'version', n.version) order by n.created_at, n.id), '[]'::json)
  from ${meetingBackgroundNotes} n left join ${files} f on f.id = n.file_id
  where n.meeting_id = ${meetingId})`;

export const backgroundNotesFrom = (json: unknown): BackgroundNote[] =>
  ((json ?? []) as NoteRead[]).map(backgroundNoteOf);

/** The meeting a background note belongs to (for the download route's read check), or null. */
export async function backgroundNoteMeetingId(db: DbOrTx, noteId: string): Promise<string | null> {
  const [row] = await db
    .select({ meetingId: meetingBackgroundNotes.meetingId })
    .from(meetingBackgroundNotes)
    .where(eq(meetingBackgroundNotes.id, noteId));
  return row?.meetingId ?? null;
}

/**
 * The organisers' view of one session's background notes: throws 404 when the meeting or session is
 * not theirs to see, 403 when they may only read it (actions call it before reading the form).
 */
export async function getSessionNotesForOrganiser(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  sessionId: string;
}) {
  const { db = getDb(), subject } = options;
  const meeting = await loadMeeting(db, options.meetingId);
  checkManageMeeting(subject, meeting);
  if (!isUuid(options.sessionId)) throw notFound();
  const [session] = await db
    .select({ id: meetingSessions.id, title: meetingSessions.title, startsAt: meetingSessions.startsAt })
    .from(meetingSessions)
    .where(and(eq(meetingSessions.id, options.sessionId), eq(meetingSessions.meetingId, meeting.id)));
  if (!session) throw notFound();
  return { meeting, session, notes: await listBackgroundNotes(db, [session.id]) };
}
