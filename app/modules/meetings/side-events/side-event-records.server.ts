import { and, eq, ne } from 'drizzle-orm';
import { meetingSideEventSettings, meetingSideEvents } from '#db/schema/meeting-side-events';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, fieldRefusal, notFound } from '~/platform/errors';
import { isUuid } from '~/platform/uuid';
import { lockMeeting, type MeetingRow } from '../meeting-records.server';
import { checkReviewSideEvents } from './side-event-policy';
import {
  dayWithinMeeting,
  holdsTitle,
  isPending,
  proposalState,
  refusalFor,
  titleKeys,
} from './side-event-rules';
import type { ProposalInput } from './side-event-schema';

/** Shared by the side-event operations: loading, the proposal rules that need the database. */

export type SideEventRow = typeof meetingSideEvents.$inferSelect;
export type SideEventSettingsRow = typeof meetingSideEventSettings.$inferSelect;

export async function loadSideEventSettings(
  db: DbOrTx,
  meetingId: string,
): Promise<SideEventSettingsRow | null> {
  const [row] = await db
    .select()
    .from(meetingSideEventSettings)
    .where(eq(meetingSideEventSettings.meetingId, meetingId));
  return row ?? null;
}

/** A proposal of this meeting, locked for the rest of the transaction; notFound otherwise. */
export async function lockSideEvent(
  tx: DbOrTx,
  meetingId: string,
  proposalId: string,
): Promise<SideEventRow> {
  if (!isUuid(proposalId)) throw notFound();
  const [row] = await tx
    .select()
    .from(meetingSideEvents)
    .where(and(eq(meetingSideEvents.id, proposalId), eq(meetingSideEvents.meetingId, meetingId)))
    .for('update');
  if (!row) throw notFound();
  return row;
}

/** What the organisers' decisions on a proposal (accept, decline) are given. */
export interface SideEventDecision {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  proposalId: string;
  expectedVersion: number;
  input: unknown;
  requestId?: string;
  baseUrl?: string;
  /** False for the sample data set, whose proposers are not written to. */
  notify?: boolean;
}

/**
 * How a decision on a proposal opens, in its transaction: the meeting locked (decisions and agenda
 * changes of one meeting go one at a time), the organisers checked (404/403), the proposal locked
 * and still pending (409 otherwise: a proposal is decided once).
 */
export async function lockPendingProposal(tx: DbOrTx, decision: SideEventDecision) {
  const meeting = await lockMeeting(tx, decision.meetingId);
  checkReviewSideEvents(decision.subject, meeting);
  const proposal = await lockSideEvent(tx, meeting.id, decision.proposalId);
  if (!isPending(proposal.status)) throw new AppError('sideEventNotPending', 409);
  return { meeting, proposal };
}

/** Refuses a proposal (new or edited) the meeting does not take now, or whose day or title does not fit. */
export async function checkProposal(
  tx: DbOrTx,
  options: { meeting: MeetingRow; proposerId: string; input: ProposalInput; now: Date; exceptId?: string },
): Promise<void> {
  const { meeting, input } = options;
  const settings = await loadSideEventSettings(tx, meeting.id);
  const state = proposalState({ window: settings, meeting, now: options.now });
  if (state !== 'open') throw new AppError(refusalFor(state), 409);
  if (!dayWithinMeeting(input.preferredDay, meeting)) {
    throw fieldRefusal('preferredDay', 'sideEventDayOutsideMeeting', {
      status: 422,
      params: { startsOn: meeting.startsOn, endsOn: meeting.endsOn },
    });
  }
  const mine = await tx
    .select({ status: meetingSideEvents.status, titleKeys: meetingSideEvents.titleKeys })
    .from(meetingSideEvents)
    .where(
      and(
        eq(meetingSideEvents.meetingId, meeting.id),
        eq(meetingSideEvents.proposedBy, options.proposerId),
        ...(options.exceptId ? [ne(meetingSideEvents.id, options.exceptId)] : []),
      ),
    );
  const keys = new Set(mine.filter((m) => holdsTitle(m.status)).flatMap((m) => m.titleKeys));
  for (const lang of ['ar', 'en'] as const) {
    const title = input.title[lang];
    if (title && titleKeys({ [lang]: title }).some((k) => keys.has(k))) {
      throw fieldRefusal(`title.${lang}`, 'sideEventDuplicateTitle', { status: 422 });
    }
  }
}

/** The stored shape of a proposal's input. */
export const proposalValues = (input: ProposalInput) => ({
  title: input.title,
  titleKeys: titleKeys(input.title),
  originalLanguage: input.originalLanguage,
  proposingOrganisation: input.proposingOrganisation,
  organisers: input.organisers,
  description: input.description,
  objectives: input.objectives,
  format: input.format,
  preferredDay: input.preferredDay,
  languages: input.languages,
});

/** What the audit log keeps of a proposal. */
export const proposalSnapshot = (row: SideEventRow) => ({
  status: row.status,
  title: row.title,
  proposingOrganisation: row.proposingOrganisation,
  organisers: row.organisers,
  objectives: row.objectives,
  format: row.format,
  preferredDay: row.preferredDay,
  languages: row.languages,
  sessionId: row.sessionId,
  decisionReason: row.decisionReason,
  version: row.version,
});
