import type { ExpertStatus } from '#db/schema/hub-expert-values';
import { readerSet, resourceKeys, userKey } from '~/permissions/access-keys';
import type { Subject } from '~/permissions/resolver';
import { AppError, forbidden, notFound } from '~/platform/errors';
import { canCurateHub } from '../hub-policy';

/**
 * Who may do what with expert profiles — the one place these rules live. Anyone signed in registers
 * their own profile; a Hub editor (hub.curate) vets it; an approved profile is public (without its
 * contact details, which nobody but the expert reads); a signed-in person writes to an approved expert
 * through the platform; the expert alone exports or deletes their data.
 */
export const expertEntityType = 'hub_expert';

export interface ExpertRef {
  userId: string | null;
  status: ExpertStatus;
}

export const isExpertSelf = (subject: Subject, expert: ExpertRef) =>
  Boolean(subject.userId) && expert.userId === subject.userId;

export const canReadExpert = (subject: Subject, expert: ExpertRef) =>
  expert.status === 'approved' || isExpertSelf(subject, expert) || canCurateHub(subject);

/** canReadExpert as access keys for the content index (while not approved). */
export const expertReaders = (expert: ExpertRef) =>
  readerSet(resourceKeys('hub.curate', {}), expert.userId ? [userKey(expert.userId)] : []);

export const canRegisterExpert = (subject: Subject) => Boolean(subject.userId);
export const canVetExpert = (subject: Subject) => canCurateHub(subject);

/** A Hub editor approves a pending or declined profile and declines a pending or approved one. */
export function checkVetExpert(subject: Subject, expert: ExpertRef, decision: 'approve' | 'decline'): void {
  if (!canVetExpert(subject)) throw forbidden();
  if (decision === 'approve' && expert.status === 'approved')
    throw new AppError('hubExpertAlreadyVetted', 409);
  if (decision === 'decline' && expert.status === 'declined')
    throw new AppError('hubExpertAlreadyVetted', 409);
}

/** Anyone signed in, but the expert themself, writes to an approved expert. */
export const canMessageExpert = (subject: Subject, expert: ExpertRef) =>
  Boolean(subject.userId) && expert.status === 'approved' && !isExpertSelf(subject, expert);

export function checkMessageExpert(subject: Subject, expert: ExpertRef): void {
  if (!subject.userId) throw forbidden();
  if (expert.status !== 'approved') throw notFound();
  if (isExpertSelf(subject, expert)) throw new AppError('hubExpertMessageSelf', 409);
}

/** Only the expert exports or deletes their own data. */
export function checkOwnExpertData(subject: Subject, expert: ExpertRef): void {
  if (!isExpertSelf(subject, expert)) throw forbidden();
}
