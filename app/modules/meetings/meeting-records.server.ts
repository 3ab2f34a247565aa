import { and, eq, gt, inArray, lt, ne, type SQL, sql } from 'drizzle-orm';
import { meetingSessions, meetings, sessionEntityType } from '#db/schema/meetings';
import { countries, regions } from '#db/schema/reference';
import { reviewCycles } from '#db/schema/reviews';
import { getTags, objectivesOf } from '~/modules/tagging/get-tags.server';
import { setTags } from '~/modules/tagging/set-tags.server';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, notFound } from '~/platform/errors';
import { rowsFromJson } from '~/platform/json-rows';
import { normaliseForMatch } from '~/platform/text/normalise-text';
import { zonedParts, zonedToInstant } from '~/platform/time-zone';
import { isUuid } from '~/platform/uuid';
import type { MeetingInput, SessionInput } from './meeting-schema';

/** Shared by the meeting operations: loading with row locks, reference checks, session rules. */

export type MeetingRow = typeof meetings.$inferSelect;
export type SessionRow = typeof meetingSessions.$inferSelect;

const refused = (code: string, field: string, params: Record<string, string | number> = {}) =>
  new AppError(code, 422, { ...params, field }, { issues: [{ field, code, params }] });

/** The meeting, locked for the rest of the transaction (serialises agenda changes); notFound otherwise. */
export async function lockMeeting(tx: DbOrTx, meetingId: string): Promise<MeetingRow> {
  if (!isUuid(meetingId)) throw notFound();
  const [row] = await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for('update');
  if (!row) throw notFound();
  return row;
}

export async function loadMeeting(db: DbOrTx, meetingId: string): Promise<MeetingRow> {
  if (!isUuid(meetingId)) throw notFound();
  const [row] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
  if (!row) throw notFound();
  return row;
}

/** The region, the review cycle and the participating states named by the input must exist. */
export async function checkMeetingReferences(tx: DbOrTx, input: MeetingInput): Promise<void> {
  if (input.regionId) {
    const [region] = await tx.select({ id: regions.id }).from(regions).where(eq(regions.id, input.regionId));
    if (!region) throw refused('invalidChoice', 'regionId');
  }
  if (input.cycleId) {
    const [cycle] = await tx
      .select({ id: reviewCycles.id })
      .from(reviewCycles)
      .where(eq(reviewCycles.id, input.cycleId));
    if (!cycle) throw refused('invalidChoice', 'cycleId');
  }
  await checkCountries(tx, input.participatingCountries, 'participatingCountries');
}

export async function checkCountries(tx: DbOrTx, codes: readonly string[], field: string): Promise<void> {
  if (!codes.length) return;
  const found = new Set(
    (
      await tx
        .select({ iso3: countries.iso3 })
        .from(countries)
        .where(inArray(countries.iso3, [...codes]))
    ).map((r) => r.iso3),
  );
  const unknown = codes.find((c) => !found.has(c));
  if (unknown) throw refused('invalidChoice', field, { value: unknown });
}

/** The session's times as instants, from its day and clock times in the meeting's time zone. */
export function sessionInstants(meeting: Pick<MeetingRow, 'timeZone'>, input: SessionInput) {
  return {
    startsAt: zonedToInstant(input.day, input.startTime, meeting.timeZone),
    endsAt: zonedToInstant(input.day, input.endTime, meeting.timeZone),
  };
}

/** Folded room name: "Room A" and "room a " are one room. */
const roomKey = (room: string) => normaliseForMatch(room);

/**
 * A session must lie within the meeting's days (in its time zone), and no two sessions may use one
 * room at overlapping times. Sessions without a room (online) never clash.
 */
export async function checkSessionRules(
  tx: DbOrTx,
  meeting: MeetingRow,
  session: { id?: string; room: string; startsAt: Date; endsAt: Date; coChairs: readonly string[] },
): Promise<void> {
  const startDay = zonedParts(session.startsAt, meeting.timeZone).date;
  const endDay = zonedParts(session.endsAt, meeting.timeZone).date;
  if (startDay < meeting.startsOn || endDay > meeting.endsOn) {
    throw refused('sessionOutsideMeeting', 'day', { startsOn: meeting.startsOn, endsOn: meeting.endsOn });
  }
  if (session.endsAt <= session.startsAt) throw refused('timesOutOfOrder', 'endTime');
  await checkCountries(tx, session.coChairs, 'coChairs');
  if (!session.room.trim()) return;
  const others = await tx
    .select({ id: meetingSessions.id, room: meetingSessions.room, title: meetingSessions.title })
    .from(meetingSessions)
    .where(
      and(
        eq(meetingSessions.meetingId, meeting.id),
        lt(meetingSessions.startsAt, session.endsAt),
        gt(meetingSessions.endsAt, session.startsAt),
        ...(session.id ? [ne(meetingSessions.id, session.id)] : []),
      ),
    );
  const clash = others.find((o) => roomKey(o.room) === roomKey(session.room) && o.room.trim());
  if (clash) {
    throw refused('sessionRoomClash', 'room', {
      room: session.room,
      other: clash.title.ar ?? clash.title.en ?? '',
    });
  }
}

/** Changing a meeting's days or time zone must not leave a session outside them. */
export async function checkSessionsWithin(tx: DbOrTx, meetingId: string, input: MeetingInput): Promise<void> {
  const rows = await tx
    .select({ startsAt: meetingSessions.startsAt, endsAt: meetingSessions.endsAt })
    .from(meetingSessions)
    .where(eq(meetingSessions.meetingId, meetingId));
  for (const row of rows) {
    const first = zonedParts(row.startsAt, input.timeZone).date;
    const last = zonedParts(row.endsAt, input.timeZone).date;
    if (first < input.startsOn || last > input.endsOn) throw refused('sessionsOutsideNewDates', 'startsOn');
  }
}

export const writeSessionTags = (tx: DbOrTx, sessionId: string, objectives: readonly number[]) =>
  setTags({
    db: tx,
    entityType: sessionEntityType,
    entityId: sessionId,
    tags: { objectives: [...objectives] },
  });

/** The sessions of meetings, in agenda order, each with the objectives it covers. */
export async function loadSessions(db: DbOrTx, meetingIds: readonly string[]) {
  if (!meetingIds.length) return [];
  const rows = await db
    .select()
    .from(meetingSessions)
    .where(inArray(meetingSessions.meetingId, [...meetingIds]))
    .orderBy(meetingSessions.startsAt, meetingSessions.room, meetingSessions.createdAt);
  const tags = await getTags({ db, entityType: sessionEntityType, entityIds: rows.map((r) => r.id) });
  return rows.map((row) => ({ ...row, objectives: tags.get(row.id)?.objectives ?? [] }));
}
export type SessionWithObjectives = Awaited<ReturnType<typeof loadSessions>>[number];

/**
 * A meeting's sessions in agenda order, each with the objectives it covers, as one JSON value: a
 * subquery, so the meeting page reads its agenda in its one query. `sessionsFrom` decodes it.
 */
export const sessionsJson = (meetingId: SQL | string) => sql`(
  select coalesce(json_agg(x order by x.starts_at, x.room, x.created_at), '[]'::json)
  from (select s.*, coalesce(t.objectives, '{}') as objectives from ${meetingSessions} s
    left join ${objectivesOf(sessionEntityType, sql`select id::text from ${meetingSessions} where meeting_id = ${meetingId}`)} t
      on t.entity_id = s.id::text
    where s.meeting_id = ${meetingId}) x)`;

export const sessionsFrom = (json: unknown): SessionWithObjectives[] => {
  const read = Array.isArray(json) ? (json as { objectives: number[] }[]) : [];
  return rowsFromJson(meetingSessions, read).map((row, i) => ({ ...row, objectives: read[i]!.objectives }));
};

export const meetingSnapshot = (m: MeetingRow) => ({
  kind: m.kind,
  title: m.title,
  status: m.status,
  startsOn: m.startsOn,
  endsOn: m.endsOn,
  timeZone: m.timeZone,
  venue: m.venue,
  onlineUrl: m.onlineUrl,
  regionId: m.regionId,
  cycleId: m.cycleId,
  version: m.version,
});
