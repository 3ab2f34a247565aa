import { and, asc, count, desc, eq, gte, inArray, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import { type MeetingKind, meetings } from '#db/schema/meetings';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { organisedRegionIds } from './meeting-policy';
import { loadSessions } from './meeting-records.server';

export interface MeetingFilters {
  kind?: MeetingKind;
  region?: string;
  /** Meetings ending on or after this day (YYYY-MM-DD). */
  from?: string;
  /** Meetings starting on or before this day. */
  to?: string;
}

/** What the subject may see: published and cancelled meetings, and drafts of the regions it organises. */
export function visibleMeetings(subject: Subject): SQL {
  const regions = organisedRegionIds(subject);
  if (regions === 'any') return sql`true`;
  const mine = regions.length
    ? [and(eq(meetings.status, 'draft'), inArray(meetings.regionId, regions))!]
    : [];
  return or(ne(meetings.status, 'draft'), ...mine)!;
}

/**
 * Meetings in calendar order (earliest first, or latest first for past meetings), filtered, with
 * the objectives their agendas cover; a page of them and the total.
 */
export async function listMeetings(options: {
  db?: DbOrTx;
  subject: Subject;
  filters?: MeetingFilters;
  order?: 'upcoming' | 'latest';
  limit?: number;
  offset?: number;
  withSessions?: boolean;
}) {
  const { db = getDb(), subject, filters = {}, limit = 50, offset = 0 } = options;
  const where = and(
    visibleMeetings(subject),
    filters.kind ? eq(meetings.kind, filters.kind) : undefined,
    filters.region ? eq(meetings.regionId, filters.region) : undefined,
    filters.from ? gte(meetings.endsOn, filters.from) : undefined,
    filters.to ? lte(meetings.startsOn, filters.to) : undefined,
  );
  const order =
    options.order === 'latest'
      ? [desc(meetings.startsOn), asc(meetings.id)]
      : [asc(meetings.startsOn), asc(meetings.id)];
  const [rows, [total]] = await readTogether(db, [
    () =>
      db
        .select()
        .from(meetings)
        .where(where)
        .orderBy(...order)
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(meetings).where(where),
  ]);
  const sessions =
    options.withSessions === false
      ? []
      : await loadSessions(
          db,
          rows.map((r) => r.id),
        );
  return {
    total: Number(total?.n ?? 0),
    items: rows.map((meeting) => {
      const own = sessions.filter((s) => s.meetingId === meeting.id);
      return {
        meeting,
        sessions: own,
        objectives: [...new Set(own.flatMap((s) => s.objectives))].sort((a, b) => a - b),
      };
    }),
  };
}
