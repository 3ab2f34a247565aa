import type { SupportStatus } from '#db/schema/pledge-support-values';
import { canHandleSupport, isRequesterSide } from '~/modules/pledges/support/support-policy';
import type { Subject } from '~/permissions/resolver';
import { forbidden } from '~/platform/errors';

/**
 * Who may do what with requests for support in the Hub's one queue — beside the pledge rules in
 * pledges/support/support-policy.ts, which it builds on. Anyone signed in asks; the requester (the
 * person who asked, or the organisation or state a pledge request was made for) reads the request and
 * its timeline and adds detail when asked; the Network secretariat triages. Nobody else learns that a
 * request exists.
 */
export interface HubSupportRef {
  requesterId: string | null;
  requesterOrganisationId: string | null;
  requesterCountryIso3: string | null;
  status: SupportStatus;
}

export const canAskHubSupport = (subject: Subject) => Boolean(subject.userId);

export const isRequester = (subject: Subject, request: HubSupportRef) =>
  Boolean(subject.userId) &&
  (request.requesterId === subject.userId ||
    ((request.requesterOrganisationId !== null || request.requesterCountryIso3 !== null) &&
      isRequesterSide(subject, request)));

export const canReadHubSupport = (subject: Subject, request: HubSupportRef) =>
  canHandleSupport(subject) || isRequester(subject, request);

export const canTriageSupport = (subject: Subject) => canHandleSupport(subject);

export function checkTriageSupport(subject: Subject): void {
  if (!canTriageSupport(subject)) throw forbidden();
}

export const canAddSupportDetail = (subject: Subject, request: HubSupportRef) =>
  isRequester(subject, request) && request.status === 'needs_detail';

export function checkAddSupportDetail(subject: Subject, request: HubSupportRef): void {
  if (!isRequester(subject, request)) throw forbidden();
}
