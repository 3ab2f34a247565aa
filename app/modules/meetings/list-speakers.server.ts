import { and, asc, inArray, type SQL, sql } from 'drizzle-orm';
import { meetingSpeakers } from '#db/schema/meetings';
import { countries } from '#db/schema/reference';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { rowsFromJson } from '~/platform/json-rows';
import { getDb } from '~/platform/platform.server';
import { type BalanceSpeaker, type SpeakerBalance, speakerBalance } from './balance';
import { canManageMeeting, canSeeMeeting } from './meeting-policy';
import { loadMeeting, type MeetingRow } from './meeting-records.server';
import { selectedStatuses } from './speaker-records.server';

/**
 * A meeting's speakers as one JSON value (oldest first), each with its country's M49 sub-region for
 * the balance panel: a subquery, so the meeting page reads them in its one query.
 */
export const speakersJson = (meetingId: SQL | string) => sql`(
  select coalesce(json_agg(x order by x.created_at, x.id), '[]'::json)
  from (select s.*, c.subregion_id as subregion from ${meetingSpeakers} s
    left join ${countries} c on c.iso3 = s.country_iso3 where s.meeting_id = ${meetingId}) x)`;

/**
 * The speakers of a meeting for this reader. Everyone sees the programme (selected speakers: name,
 * affiliation, role, session) — never demographic answers. The organisers also see nominations,
 * decisions and the balance panel for the meeting and per session; a nominator sees their own
 * nominations and the decision.
 */
export async function listSpeakers(options: { db?: DbOrTx; subject: Subject; meetingId: string }) {
  const { db = getDb(), subject } = options;
  const meeting = await loadMeeting(db, options.meetingId);
  if (!canSeeMeeting(subject, meeting)) throw notFound();
  const { rows } = await db.execute<{ speakers: unknown }>(
    sql`select ${speakersJson(meeting.id)} as speakers`,
  );
  return speakersView(subject, meeting, rows[0]?.speakers);
}

/** listSpeakers from the speakers read by speakersJson (the caller has checked the meeting may be seen). */
export function speakersView(subject: Subject, meeting: MeetingRow, json: unknown) {
  const rows = rowsFromJson(meetingSpeakers, json);
  const subregions = new Map(
    (Array.isArray(json) ? json : []).map((r: { id: string; subregion: string | null }) => [
      r.id,
      r.subregion,
    ]),
  );
  const organiser = canManageMeeting(subject, meeting);
  const selected = rows.filter((r) => (selectedStatuses as readonly string[]).includes(r.status));
  const programme = selected.map(programmeOf);
  const mine = subject.userId
    ? rows
        .filter((r) => r.nominatedBy === subject.userId)
        .map((r) => ({ ...programmeOf(r), status: r.status, decisionReason: r.decisionReason }))
    : [];
  if (!organiser) return { meeting, programme, mine, organiser: null };

  const balanceOf = (r: (typeof rows)[number]): BalanceSpeaker => ({
    gender: r.gender,
    countryIso3: r.countryIso3,
    subregion: subregions.get(r.id) ?? null,
    stakeholderCategory: r.stakeholderCategory,
    sector: r.sector,
  });
  const bySession = new Map<string, BalanceSpeaker[]>();
  for (const r of selected) bySession.set(r.sessionId, [...(bySession.get(r.sessionId) ?? []), balanceOf(r)]);
  const sessionBalance: Record<string, SpeakerBalance> = {};
  for (const [sessionId, list] of bySession)
    sessionBalance[sessionId] = speakerBalance(list, meeting.balanceTargets);
  return {
    meeting,
    programme,
    mine,
    organiser: {
      all: rows,
      balance: speakerBalance(selected.map(balanceOf), meeting.balanceTargets),
      sessionBalance,
    },
  };
}

const programmeOf = (r: typeof meetingSpeakers.$inferSelect) => ({
  id: r.id,
  sessionId: r.sessionId,
  name: r.name,
  affiliation: r.affiliation,
  role: r.role,
});

/** Selected speakers of many meetings (programme fields only), for the public API. */
export async function programmeOfMeetings(db: DbOrTx, meetingIds: readonly string[]) {
  if (!meetingIds.length) return [];
  const rows = await db
    .select()
    .from(meetingSpeakers)
    .where(
      and(
        inArray(meetingSpeakers.meetingId, [...meetingIds]),
        inArray(meetingSpeakers.status, [...selectedStatuses]),
      ),
    )
    .orderBy(asc(meetingSpeakers.createdAt));
  return rows.map((r) => ({ meetingId: r.meetingId, ...programmeOf(r) }));
}
