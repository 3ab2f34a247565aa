import type { SideEventStatus } from '#db/schema/meeting-side-event-values';
import { normaliseForMatch } from '~/platform/text/normalise-text';
import { zonedParts } from '~/platform/time-zone';

/**
 * The rules of side-event proposals, pure so tests pin them without a database: whether a meeting
 * takes proposals today (in its time zone), whether a day lies within the meeting, and when two
 * titles are the same title.
 */
export interface ProposalWindow {
  open: boolean;
  /** Last day proposals are taken, in the meeting's time zone; null: until the meeting ends. */
  closesOn: string | null;
}

export type ProposalState = 'open' | 'closed' | 'deadlinePassed' | 'ended';

/**
 * Open when the organisers opened proposals on a published meeting, today (in the meeting's time
 * zone) is not after the deadline day, and the meeting's last day has not passed.
 */
export function proposalState(options: {
  window: ProposalWindow | null;
  meeting: { status: string; endsOn: string; timeZone: string };
  now: Date;
}): ProposalState {
  const { window, meeting } = options;
  const today = zonedParts(options.now, meeting.timeZone).date;
  if (today > meeting.endsOn) return 'ended';
  if (!window?.open || meeting.status !== 'published') return 'closed';
  if (window.closesOn && today > window.closesOn) return 'deadlinePassed';
  return 'open';
}

/** The refusal code for a state that takes no proposal. */
export const refusalFor = (state: Exclude<ProposalState, 'open'>) =>
  state === 'deadlinePassed'
    ? 'sideEventDeadlinePassed'
    : state === 'ended'
      ? 'sideEventMeetingEnded'
      : 'sideEventProposalsClosed';

export const dayWithinMeeting = (day: string, meeting: { startsOn: string; endsOn: string }) =>
  day >= meeting.startsOn && day <= meeting.endsOn;

/** A title's folded forms (Arabic letter variants, case, punctuation): "Women  migrants" = "women migrants". */
export const titleKeys = (title: { ar?: string; en?: string }) => [
  ...new Set([title.ar, title.en].filter((t): t is string => Boolean(t)).map(normaliseForMatch)),
];

/** A proposal that still stands (not withdrawn) blocks another of the same title by the same proposer. */
export const holdsTitle = (status: SideEventStatus) => status !== 'withdrawn';

/** Only a pending proposal is edited or withdrawn by its proposer, or decided by the organisers. */
export const isPending = (status: SideEventStatus) => status === 'pending';
