import { finalSupportStatuses, type SupportStatus } from '#db/schema/pledge-support-values';
import { AppError } from '~/platform/errors';

/**
 * The workflow of a request for support, pure: which action of the Network secretariat (or of the
 * requester, `add_detail`) moves a request from which status to which. One table for every kind of
 * request, so pledge requests (whose older path was open → in progress → answered / closed) follow
 * the same rules. declined and closed are final.
 */
export const triageActions = ['accept', 'ask_detail', 'decline', 'assign', 'close'] as const;
export type TriageAction = (typeof triageActions)[number];
export type SupportAction = TriageAction | 'add_detail';

const moves: Record<SupportAction, { from: readonly SupportStatus[]; to: SupportStatus }> = {
  accept: { from: ['open', 'needs_detail'], to: 'accepted' },
  ask_detail: { from: ['open', 'accepted'], to: 'needs_detail' },
  decline: { from: ['open', 'needs_detail', 'accepted', 'in_progress', 'answered'], to: 'declined' },
  assign: { from: ['accepted', 'in_progress', 'answered'], to: 'in_progress' },
  close: { from: ['open', 'needs_detail', 'accepted', 'in_progress', 'answered'], to: 'closed' },
  add_detail: { from: ['needs_detail'], to: 'open' },
};

/** The status after the action, or supportTransitionNotAllowed (409) naming the current status. */
export function nextSupportStatus(current: SupportStatus, action: SupportAction): SupportStatus {
  if (finalSupportStatuses.includes(current)) throw new AppError('supportRequestClosed', 409);
  const move = moves[action];
  if (!move.from.includes(current)) {
    throw new AppError('supportTransitionNotAllowed', 409, { status: current });
  }
  return move.to;
}

/** The triage actions open on a request in this status (for the secretariat's form). */
export const triageActionsFor = (status: SupportStatus): TriageAction[] =>
  finalSupportStatuses.includes(status) ? [] : triageActions.filter((a) => moves[a].from.includes(status));

/** Queue filters: waiting for the secretariat, being handled, finished. */
export const supportQueueGroups = ['waiting', 'active', 'done'] as const;
export type SupportQueueGroup = (typeof supportQueueGroups)[number];
export const statusesOfGroup: Record<SupportQueueGroup, SupportStatus[]> = {
  waiting: ['open', 'needs_detail'],
  active: ['accepted', 'in_progress', 'answered'],
  done: ['declined', 'closed'],
};
