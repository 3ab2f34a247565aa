import type { SideEventStatus } from '#db/schema/meeting-side-event-values';
import type { Subject } from '~/permissions/resolver';
import { AppError, forbidden, notFound } from '~/platform/errors';
import { canManageMeeting, canSeeMeeting, type MeetingRef } from '../meeting-policy';

/**
 * Who may do what with side events (pages and operations ask here).
 * - Any signed-in person who can see a published meeting may propose a side event; whether the
 *   meeting takes proposals now is a rule (side-event-rules.ts).
 * - An accepted side event is public with its meeting. A pending, declined or withdrawn proposal is
 *   seen only by its proposer and the meeting's organisers (404 to everyone else).
 * - Its proposer alone edits or withdraws it; the organisers (meetings.manage over the meeting's
 *   region) set the proposal window and accept or decline.
 */
export interface ProposalRef {
  proposedBy: string | null;
  status: SideEventStatus;
}

const isProposer = (subject: Subject, proposal: ProposalRef) =>
  Boolean(subject.userId) && proposal.proposedBy === subject.userId;

export const canReviewSideEvents = (subject: Subject, meeting: MeetingRef) =>
  canSeeMeeting(subject, meeting) && canManageMeeting(subject, meeting);

export const canSeeProposal = (subject: Subject, meeting: MeetingRef, proposal: ProposalRef) =>
  canSeeMeeting(subject, meeting) &&
  (proposal.status === 'accepted' || isProposer(subject, proposal) || canManageMeeting(subject, meeting));

export function checkPropose(subject: Subject, meeting: MeetingRef): void {
  if (!canSeeMeeting(subject, meeting)) throw notFound();
  if (!subject.userId) throw forbidden();
  if (meeting.status !== 'published') throw new AppError('meetingNotOpen', 409);
}

/** The proposer's own changes: 404 when the proposal is hidden from the subject, 403 when only readable. */
export function checkOwnProposal(subject: Subject, meeting: MeetingRef, proposal: ProposalRef): void {
  if (!canSeeProposal(subject, meeting, proposal)) throw notFound();
  if (!isProposer(subject, proposal)) throw forbidden();
}

/** Settings and decisions: the organisers; 404 to anyone who cannot see the meeting, 403 to other readers. */
export function checkReviewSideEvents(subject: Subject, meeting: MeetingRef): void {
  if (!canSeeMeeting(subject, meeting)) throw notFound();
  if (!canManageMeeting(subject, meeting)) throw forbidden();
}
