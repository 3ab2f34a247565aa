import { and, asc, eq, inArray } from 'drizzle-orm';
import { meetingSpeakers } from '#db/schema/meetings';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { type SpeakerBalance, speakerBalance } from './balance';
import { canManageMeeting, canSeeMeeting } from './meeting-policy';
import { loadMeeting } from './meeting-records.server';
import { selectedStatuses, toBalanceSpeakers } from './speaker-records.server';

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
  const organiser = canManageMeeting(subject, meeting);
  const rows = await db
    .select()
    .from(meetingSpeakers)
    .where(eq(meetingSpeakers.meetingId, meeting.id))
    .orderBy(asc(meetingSpeakers.createdAt), asc(meetingSpeakers.id));
  const selected = rows.filter((r) => (selectedStatuses as readonly string[]).includes(r.status));
  const programme = selected.map(programmeOf);
  const mine = subject.userId
    ? rows
        .filter((r) => r.nominatedBy === subject.userId)
        .map((r) => ({ ...programmeOf(r), status: r.status, decisionReason: r.decisionReason }))
    : [];
  if (!organiser) return { meeting, programme, mine, organiser: null };

  const balanceInput = await toBalanceSpeakers(db, selected);
  const bySession = new Map<string, typeof balanceInput>();
  for (const [i, r] of selected.entries()) {
    bySession.set(r.sessionId, [...(bySession.get(r.sessionId) ?? []), balanceInput[i]!]);
  }
  const sessionBalance: Record<string, SpeakerBalance> = {};
  for (const [sessionId, list] of bySession)
    sessionBalance[sessionId] = speakerBalance(list, meeting.balanceTargets);
  return {
    meeting,
    programme,
    mine,
    organiser: {
      all: rows,
      balance: speakerBalance(balanceInput, meeting.balanceTargets),
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
