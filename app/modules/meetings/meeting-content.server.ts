import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { contentItems } from '#db/schema/content';
import { meetingDocuments } from '#db/schema/meeting-documents';
import { meetingSideEvents } from '#db/schema/meeting-side-events';
import { meetingSessions, meetingStatements, meetings, sessionEntityType } from '#db/schema/meetings';
import { contentTags, yearOf } from '~/modules/content/content-tags.server';
import { defineContentType } from '~/modules/content/content-type';
import { syncContent } from '~/modules/content/sync-content.server';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { isUuid } from '~/platform/uuid';
import { meetingDraftReaders } from './meeting-policy';
import { meetingDocumentContent } from './outcome/document-content.server';
import { syncSideEventContent } from './side-events/side-event-content.server';
import { statementContent } from './statement-content.server';

const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * Meetings in the content index: public once published (a cancelled meeting stays listed, marked);
 * a draft only for its organisers (meeting-policy.ts). Tagged with every objective its agenda covers.
 */
export const meetingContent = defineContentType({
  key: 'meeting',
  version: 1,
  async allIds(db) {
    return (await db.select({ id: meetings.id }).from(meetings)).map((r) => r.id);
  },
  async project(db, ids) {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await db.select().from(meetings).where(inArray(meetings.id, valid));
    if (!rows.length) return [];
    const sessions = await db
      .select({ id: meetingSessions.id, meetingId: meetingSessions.meetingId })
      .from(meetingSessions)
      .where(
        inArray(
          meetingSessions.meetingId,
          rows.map((r) => r.id),
        ),
      );
    const sessionTags = await contentTags(db, {
      tagEntityType: sessionEntityType,
      ids: sessions.map((s) => s.id),
    });
    return rows.map((row) => {
      const isPublic = row.status !== 'draft';
      const objectives = sessions
        .filter((s) => s.meetingId === row.id)
        .flatMap((s) => sessionTags.get(s.id)?.objectives ?? []);
      return {
        id: row.id,
        visibility: isPublic ? 'public' : 'restricted',
        readers: isPublic ? [] : meetingDraftReaders(row.regionId),
        status: row.status,
        originalLanguage: row.originalLanguage,
        title: row.title,
        summary: row.summary,
        body: {},
        objectives,
        principles: [],
        countries: [],
        regions: row.regionId ? [row.regionId] : [],
        year: yearOf(dayStart(row.startsOn)),
        publishedAt: isPublic ? row.publishedAt : null,
        updatedAt: row.updatedAt,
        path: `/meetings/${row.id}`,
        isSample: row.isSample,
      };
    });
  },
});

/** Not the session of an accepted side event. */
const notSideEvent = sql`not exists (select 1 from ${meetingSideEvents} e
  where e.session_id = ${meetingSessions.id} and e.status = 'accepted')`;

/**
 * Sessions of the agenda in the content index, with their meeting's visibility and their own
 * objectives. A scheduled side event's session is left out: the side event is indexed itself (with
 * its organisers and description), and search should find it once.
 */
export const meetingSessionContent = defineContentType({
  key: 'meeting_session',
  version: 2,
  async allIds(db) {
    return (await db.select({ id: meetingSessions.id }).from(meetingSessions).where(notSideEvent)).map(
      (r) => r.id,
    );
  },
  async project(db, ids) {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await db
      .select({
        id: meetingSessions.id,
        meetingId: meetingSessions.meetingId,
        kind: meetingSessions.kind,
        title: meetingSessions.title,
        summary: meetingSessions.summary,
        startsAt: meetingSessions.startsAt,
        updatedAt: meetingSessions.updatedAt,
        meetingStatus: meetings.status,
        regionId: meetings.regionId,
        originalLanguage: meetings.originalLanguage,
        publishedAt: meetings.publishedAt,
        isSample: meetings.isSample,
      })
      .from(meetingSessions)
      .innerJoin(meetings, eq(meetings.id, meetingSessions.meetingId))
      .where(and(inArray(meetingSessions.id, valid), notSideEvent));
    const tags = await contentTags(db, { tagEntityType: sessionEntityType, ids: rows.map((r) => r.id) });
    return rows.map((row) => {
      const isPublic = row.meetingStatus !== 'draft';
      const own = tags.get(row.id)!;
      return {
        id: row.id,
        visibility: isPublic ? 'public' : 'restricted',
        readers: isPublic ? [] : meetingDraftReaders(row.regionId),
        status: row.kind,
        originalLanguage: row.originalLanguage,
        title: row.title,
        summary: row.summary,
        body: {},
        ...own,
        regions: [...new Set([...own.regions, ...(row.regionId ? [row.regionId] : [])])],
        year: yearOf(row.startsAt),
        publishedAt: isPublic ? row.publishedAt : null,
        updatedAt: row.updatedAt,
        path: `/meetings/${row.meetingId}#session-${row.id}`,
        isSample: row.isSample,
      };
    });
  },
});

/** Re-projects a meeting, its sessions, its statements and its documents (after a change to the meeting or its agenda). */
export async function syncMeetingContent(db: DbOrTx, meetingId: string, removedSessionIds: string[] = []) {
  const [sessions, statements, documents, indexedDocuments] = await readTogether(db, [
    () =>
      db
        .select({ id: meetingSessions.id })
        .from(meetingSessions)
        .where(eq(meetingSessions.meetingId, meetingId)),
    () =>
      db
        .select({ id: meetingStatements.id })
        .from(meetingStatements)
        .where(eq(meetingStatements.meetingId, meetingId)),
    () =>
      db
        .select({ id: meetingDocuments.id })
        .from(meetingDocuments)
        .where(eq(meetingDocuments.meetingId, meetingId)),
    // Documents indexed before (a co-chairs' summary goes with its removed session).
    () =>
      db
        .select({ id: contentItems.id })
        .from(contentItems)
        .where(
          and(eq(contentItems.type, 'meeting_document'), like(contentItems.path, `/meetings/${meetingId}/%`)),
        ),
  ]);
  await syncContent(db, meetingContent, [meetingId]);
  await syncContent(db, meetingSessionContent, [...sessions.map((s) => s.id), ...removedSessionIds]);
  await syncContent(
    db,
    statementContent,
    statements.map((s) => s.id),
  );
  await syncContent(db, meetingDocumentContent, [
    ...new Set([...documents.map((d) => d.id), ...indexedDocuments.map((d) => d.id)]),
  ]);
  await syncSideEventContent(db, meetingId);
}
