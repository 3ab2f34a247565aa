import { type SQL, sql } from 'drizzle-orm';
import { meetingSideEventSettings, meetingSideEvents } from '#db/schema/meeting-side-events';
import { meetingSessions } from '#db/schema/meetings';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { rowsFromJson } from '~/platform/json-rows';
import { getDb } from '~/platform/platform.server';
import { canSeeMeeting } from '../meeting-policy';
import { loadMeeting, type MeetingRow } from '../meeting-records.server';
import { canReviewSideEvents } from './side-event-policy';
import type { SideEventRow, SideEventSettingsRow } from './side-event-records.server';
import { proposalState } from './side-event-rules';

export type SideEventItem = SideEventRow & { slot: { startsAt: Date; endsAt: Date; room: string } | null };

/**
 * A meeting's side-event proposals (each with its agenda slot) and proposal settings as one JSON
 * value: a subquery, so the meeting page reads them in its one query.
 */
export const sideEventsJson = (meetingId: SQL | string) => sql`(
  select json_build_object(
    'settings', (select row_to_json(st) from ${meetingSideEventSettings} st where st.meeting_id = ${meetingId}),
    'proposals', (select coalesce(json_agg(x), '[]'::json) from (
      select e.*, case when s.id is not null then
          json_build_object('startsAt', s.starts_at, 'endsAt', s.ends_at, 'room', s.room) end as slot
      from ${meetingSideEvents} e left join ${meetingSessions} s on s.id = e.session_id
      where e.meeting_id = ${meetingId}) x)))`;

/**
 * A meeting's side events as the subject may see them: the published programme (accepted) for
 * everyone who can see the meeting, the subject's own proposals in every status, and — for the
 * organisers — every proposal (the review queue) and the proposal settings.
 */
export async function listSideEvents(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  now?: Date;
}) {
  const { db = getDb(), subject } = options;
  const meeting = await loadMeeting(db, options.meetingId);
  if (!canSeeMeeting(subject, meeting)) throw notFound();
  const { rows } = await db.execute<{ sideEvents: unknown }>(
    sql`select ${sideEventsJson(meeting.id)} as "sideEvents"`,
  );
  return sideEventsView(subject, meeting, rows[0]?.sideEvents, options.now ?? new Date());
}

/** listSideEvents from what sideEventsJson read (the caller has checked the meeting may be seen). */
export function sideEventsView(
  subject: Subject,
  meeting: MeetingRow,
  json: unknown,
  now: Date,
): {
  meeting: MeetingRow;
  settings: SideEventSettingsRow | null;
  state: ReturnType<typeof proposalState>;
  programme: SideEventItem[];
  mine: SideEventItem[];
  queue: SideEventItem[] | null;
} {
  const read = (json ?? {}) as { settings?: unknown; proposals?: { slot: Record<string, string> | null }[] };
  const [settings = null] = read.settings ? rowsFromJson(meetingSideEventSettings, [read.settings]) : [];
  const proposals = read.proposals ?? [];
  const reviews = canReviewSideEvents(subject, meeting);
  const sortKey = (r: SideEventItem) => r.slot?.startsAt.toISOString() ?? `${r.preferredDay}T99`;
  // Accepted and scheduled first by time, then by day and title.
  const items = rowsFromJson(meetingSideEvents, proposals)
    .map((r, i): SideEventItem => {
      const slot = proposals[i]!.slot;
      return {
        ...r,
        slot: slot
          ? { startsAt: new Date(slot.startsAt!), endsAt: new Date(slot.endsAt!), room: slot.room! }
          : null,
      };
    })
    .filter((r) => reviews || r.status === 'accepted' || (subject.userId && r.proposedBy === subject.userId))
    .sort((a, b) => sortKey(a).localeCompare(sortKey(b)) || a.createdAt.getTime() - b.createdAt.getTime());
  return {
    meeting,
    settings,
    state: proposalState({ window: settings, meeting, now }),
    programme: items.filter((r) => r.status === 'accepted'),
    mine: subject.userId ? items.filter((r) => r.proposedBy === subject.userId) : [],
    queue: reviews ? items : null,
  };
}

/** One proposal, when the subject may see it (side-event-policy.ts); notFound otherwise. */
export async function getSideEvent(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  proposalId: string;
}): Promise<{ meeting: MeetingRow; proposal: SideEventItem; reviews: boolean; owns: boolean }> {
  const { db = getDb(), subject } = options;
  const view = await listSideEvents({ db, subject, meetingId: options.meetingId });
  const proposal = [...(view.queue ?? []), ...view.programme, ...view.mine].find(
    (p) => p.id === options.proposalId,
  );
  if (!proposal) throw notFound();
  return {
    meeting: view.meeting,
    proposal,
    reviews: view.queue !== null,
    owns: Boolean(subject.userId) && proposal.proposedBy === subject.userId,
  };
}
