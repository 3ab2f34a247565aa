import { finalSupportStatuses, type SupportStatus } from '#db/schema/pledge-support-values';
import type { PledgeStatus } from '#db/schema/pledge-values';
import { can, type Subject } from '~/permissions/resolver';
import { AppError, forbidden } from '~/platform/errors';
import { isPledger, type PledgeRef } from '../pledge-policy';

/**
 * Who may do what with support requests — the one place these rules live. The requester's side is
 * whoever may edit pledges for the organisation or state the request was made for (its members, the
 * state's focal points); the Network secretariat (pledges.review) answers. Nobody else learns that a
 * request exists.
 */
export const supportEntityType = 'support_request';

/** A pledge may be the subject of a request once the secretariat has approved it. */
export const supportablePledgeStatuses: readonly PledgeStatus[] = ['approved', 'published'];

export interface SupportRequestRef {
  requesterOrganisationId: string | null;
  requesterCountryIso3: string | null;
  status: SupportStatus;
}

/** The Network secretariat (and platform administrators). */
export const canHandleSupport = (subject: Subject) => can(subject, 'pledges.review', {});

export const isRequesterSide = (subject: Subject, request: SupportRequestRef) =>
  Boolean(subject.userId) &&
  isPledger(subject, {
    organisationId: request.requesterOrganisationId,
    countryIso3: request.requesterCountryIso3,
  });

export const canReadSupportRequest = (subject: Subject, request: SupportRequestRef) =>
  canHandleSupport(subject) || isRequesterSide(subject, request);

/** May this subject ask for support on this pledge now? (For links; the domain checks again.) */
export const canAskSupport = (subject: Subject, pledge: PledgeRef) =>
  Boolean(subject.userId) && isPledger(subject, pledge) && supportablePledgeStatuses.includes(pledge.status);

/** Throws forbidden (403) for anyone but the pledger, supportPledgeNotOpen (409) before approval or after closing. */
export function checkAskSupport(options: { subject: Subject; pledge: PledgeRef }): void {
  const { subject, pledge } = options;
  if (!subject.userId || !isPledger(subject, pledge)) throw forbidden();
  if (!supportablePledgeStatuses.includes(pledge.status)) {
    throw new AppError('supportPledgeNotOpen', 409, { status: pledge.status });
  }
}

/** Throws forbidden (403) for anyone but the secretariat, supportRequestClosed (409) once closed or declined. */
export function checkAnswerSupport(options: { subject: Subject; request: SupportRequestRef }): void {
  if (!canHandleSupport(options.subject)) throw forbidden();
  if (finalSupportStatuses.includes(options.request.status)) throw new AppError('supportRequestClosed', 409);
}
