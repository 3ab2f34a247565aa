import { and, eq, inArray, or } from 'drizzle-orm';
import { meetingSideEvents } from '#db/schema/meeting-side-events';
import { meetingSessions } from '#db/schema/meetings';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { canSeeMeeting } from '../meeting-policy';
import { loadMeeting, type MeetingRow } from '../meeting-records.server';
import { canReviewSideEvents } from './side-event-policy';
import { loadSideEventSettings, type SideEventRow } from './side-event-records.server';
import { proposalState } from './side-event-rules';

export type SideEventItem = SideEventRow & { slot: { startsAt: Date; endsAt: Date; room: string } | null };

/** Proposals with their agenda slot, accepted and scheduled first by time, then by day and title. */
async function withSlots(db: DbOrTx, rows: SideEventRow[]): Promise<SideEventItem[]> {
  const ids = rows.map((r) => r.sessionId).filter((id): id is string => Boolean(id));
  const sessions = ids.length
    ? await db
        .select({
          id: meetingSessions.id,
          startsAt: meetingSessions.startsAt,
          endsAt: meetingSessions.endsAt,
          room: meetingSessions.room,
        })
        .from(meetingSessions)
        .where(inArray(meetingSessions.id, ids))
    : [];
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const sortKey = (r: SideEventItem) => r.slot?.startsAt.toISOString() ?? `${r.preferredDay}T99`;
  return rows
    .map((r) => {
      const s = r.sessionId ? byId.get(r.sessionId) : undefined;
      return { ...r, slot: s ? { startsAt: s.startsAt, endsAt: s.endsAt, room: s.room } : null };
    })
    .sort((a, b) => sortKey(a).localeCompare(sortKey(b)) || a.createdAt.getTime() - b.createdAt.getTime());
}

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
}): Promise<{
  meeting: MeetingRow;
  settings: Awaited<ReturnType<typeof loadSideEventSettings>>;
  state: ReturnType<typeof proposalState>;
  programme: SideEventItem[];
  mine: SideEventItem[];
  queue: SideEventItem[] | null;
}> {
  const { db = getDb(), subject } = options;
  const meeting = await loadMeeting(db, options.meetingId);
  if (!canSeeMeeting(subject, meeting)) throw notFound();
  const reviews = canReviewSideEvents(subject, meeting);
  const visible = reviews
    ? undefined
    : or(
        eq(meetingSideEvents.status, 'accepted'),
        ...(subject.userId ? [eq(meetingSideEvents.proposedBy, subject.userId)] : []),
      );
  const rows = await db
    .select()
    .from(meetingSideEvents)
    .where(and(eq(meetingSideEvents.meetingId, meeting.id), visible));
  const items = await withSlots(db, rows);
  const settings = await loadSideEventSettings(db, meeting.id);
  return {
    meeting,
    settings,
    state: proposalState({ window: settings, meeting, now: options.now ?? new Date() }),
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
