import { eq, inArray } from 'drizzle-orm';
import { meetingSideEvents } from '#db/schema/meeting-side-events';
import { meetings } from '#db/schema/meetings';
import { yearOf } from '~/modules/content/content-tags.server';
import { defineContentType } from '~/modules/content/content-type';
import { syncContent } from '~/modules/content/sync-content.server';
import type { DbOrTx } from '~/platform/db.server';
import { isUuid } from '~/platform/uuid';
import { meetingDraftReaders } from '../meeting-policy';

const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * Accepted side events in the content index, so search, counts and the radar see them (and only
 * them: a pending, declined or withdrawn proposal is not projected, so it leaves the index). Public
 * with their meeting; while the meeting is a draft, for its organisers only.
 */
export const sideEventContent = defineContentType({
  key: 'meeting_side_event',
  version: 1,
  async allIds(db) {
    return (
      await db
        .select({ id: meetingSideEvents.id })
        .from(meetingSideEvents)
        .where(eq(meetingSideEvents.status, 'accepted'))
    ).map((r) => r.id);
  },
  async project(db, ids) {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await db
      .select({
        id: meetingSideEvents.id,
        meetingId: meetingSideEvents.meetingId,
        status: meetingSideEvents.status,
        title: meetingSideEvents.title,
        description: meetingSideEvents.description,
        originalLanguage: meetingSideEvents.originalLanguage,
        proposingOrganisation: meetingSideEvents.proposingOrganisation,
        organisers: meetingSideEvents.organisers,
        objectives: meetingSideEvents.objectives,
        preferredDay: meetingSideEvents.preferredDay,
        decidedAt: meetingSideEvents.decidedAt,
        updatedAt: meetingSideEvents.updatedAt,
        isSample: meetingSideEvents.isSample,
        meetingStatus: meetings.status,
        regionId: meetings.regionId,
      })
      .from(meetingSideEvents)
      .innerJoin(meetings, eq(meetings.id, meetingSideEvents.meetingId))
      .where(inArray(meetingSideEvents.id, valid));
    return rows
      .filter((row) => row.status === 'accepted')
      .map((row) => {
        const isPublic = row.meetingStatus !== 'draft';
        const lang = row.originalLanguage;
        return {
          id: row.id,
          visibility: isPublic ? 'public' : 'restricted',
          readers: isPublic ? [] : meetingDraftReaders(row.regionId),
          status: 'accepted',
          originalLanguage: lang,
          title: row.title,
          summary: { [lang]: [row.proposingOrganisation, ...row.organisers].join('، ') },
          body: { [lang]: row.description },
          objectives: row.objectives,
          principles: [],
          countries: [],
          regions: row.regionId ? [row.regionId] : [],
          year: yearOf(dayStart(row.preferredDay)),
          publishedAt: isPublic ? row.decidedAt : null,
          updatedAt: row.updatedAt,
          path: `/meetings/${row.meetingId}/side-events/${row.id}`,
          isSample: row.isSample,
        };
      });
  },
});

/** Re-projects a meeting's side events (after a change to the meeting's status). */
export async function syncSideEventContent(db: DbOrTx, meetingId: string) {
  const rows = await db
    .select({ id: meetingSideEvents.id })
    .from(meetingSideEvents)
    .where(eq(meetingSideEvents.meetingId, meetingId));
  await syncContent(
    db,
    sideEventContent,
    rows.map((r) => r.id),
  );
}
