import type { PledgeStatus } from '#db/schema/pledges';
import { readerSet, resourceKeys } from '~/permissions/access-keys';
import type { Action } from '~/permissions/matrix';
import { can, type Resource, type Subject, scopesFor } from '~/permissions/resolver';
import { AppError, forbidden } from '~/platform/errors';

/**
 * Who may do what with a pledge — the one place these rules live (pages, API, downloads and domain
 * operations ask here). The life cycle: draft → submitted → (changes requested → submitted …) →
 * approved → published → closed. The pledger (pledges.edit within its organisation or state) submits; the
 * Network secretariat (pledges.review) requests changes, approves, publishes and closes.
 */
export const pledgeActions = ['submit', 'requestChanges', 'approve', 'publish', 'close'] as const;
export type PledgeAction = (typeof pledgeActions)[number];

export interface TransitionRule {
  from: readonly PledgeStatus[];
  to: PledgeStatus;
  permission: Action;
}

export const transitionRules: Record<PledgeAction, TransitionRule> = {
  submit: { from: ['draft', 'changes_requested'], to: 'submitted', permission: 'pledges.edit' },
  requestChanges: { from: ['submitted', 'approved'], to: 'changes_requested', permission: 'pledges.review' },
  approve: { from: ['submitted'], to: 'approved', permission: 'pledges.review' },
  publish: { from: ['approved'], to: 'published', permission: 'pledges.review' },
  close: { from: ['published'], to: 'closed', permission: 'pledges.review' },
};

/** Statuses in which the pledger may still change the pledge itself. */
export const editableStatuses: readonly PledgeStatus[] = ['draft', 'changes_requested'];
/** Statuses everyone may read. */
export const publicStatuses: readonly PledgeStatus[] = ['published', 'closed'];

/** The part of a pledge the rules look at. */
export interface PledgeRef {
  status: PledgeStatus;
  organisationId: string | null;
  countryIso3: string | null;
  /** Who drafted it (an on-behalf author may keep editing and submit it). */
  createdBy?: string | null;
}

/** The scope a pledge lives in: its organisation, or its state. */
export const pledgeResource = (pledge: Pick<PledgeRef, 'organisationId' | 'countryIso3'>): Resource => ({
  organisationId: pledge.organisationId,
  country: pledge.countryIso3,
});

/** Is the subject the pledger (a member of the organisation, or a focal point of the state)? */
export const isPledger = (subject: Subject, pledge: Pick<PledgeRef, 'organisationId' | 'countryIso3'>) =>
  can(subject, 'pledges.edit', pledgeResource(pledge));

/**
 * The organisations (membership) and states (focal point) the subject speaks for as a pledger or a
 * partner: where pledges.edit reaches by scope. Platform-wide grants (administrators) are not
 * memberships: they pledge on behalf (mayPledgeOnBehalf), so "any" is left out here.
 */
export function pledgerScopes(subject: Subject) {
  const scopes = scopesFor(subject, 'pledges.edit');
  return { organisationIds: scopes.organisations, countryCodes: scopes.countries };
}

/** The pledger and the reviewers: who sees a pledge's quality findings, and its files before it is public. */
export const isPledgeInsider = (
  subject: Subject,
  pledge: Pick<PledgeRef, 'organisationId' | 'countryIso3'>,
) => isPledger(subject, pledge) || can(subject, 'pledges.review', pledgeResource(pledge));

/**
 * Reviewers (the Network secretariat) and administrators may register a pledge on behalf of any
 * verified organisation or any state, e.g. one received by mail or from the earlier platform.
 */
export const mayPledgeOnBehalf = (subject: Subject) => can(subject, 'pledges.review', {});

/** May this subject open the new-pledge form: as a member / focal point, or on behalf of others. */
export const mayCreatePledges = (subject: Subject) =>
  can(subject, 'pledges.create', undefined, { somewhere: true }) || mayPledgeOnBehalf(subject);

/** The reviewer who drafted a pledge on behalf of its pledger works on it like the pledger until submission. */
export const isOnBehalfAuthor = (subject: Subject, pledge: Pick<PledgeRef, 'createdBy'>) =>
  Boolean(subject.userId) && pledge.createdBy === subject.userId && mayPledgeOnBehalf(subject);

/** The pledger, or the on-behalf author: who may change a draft and submit it. */
export const isPledgeEditor = (subject: Subject, pledge: PledgeRef) =>
  isPledger(subject, pledge) || isOnBehalfAuthor(subject, pledge);

/** The rule's permission, or for submission the on-behalf author. */
function mayTake(subject: Subject, pledge: PledgeRef, action: PledgeAction): boolean {
  const rule = transitionRules[action];
  if (can(subject, rule.permission, pledgeResource(pledge))) return true;
  return action === 'submit' && isOnBehalfAuthor(subject, pledge);
}

export function canTransition(options: {
  subject: Subject;
  pledge: PledgeRef;
  action: PledgeAction;
}): boolean {
  const rule = transitionRules[options.action];
  return (
    rule.from.includes(options.pledge.status) && mayTake(options.subject, options.pledge, options.action)
  );
}

/** The actions this subject may take on this pledge now (for buttons; the server checks again). */
export function allowedActions(options: { subject: Subject; pledge: PledgeRef }): PledgeAction[] {
  return pledgeActions.filter((action) => canTransition({ ...options, action }));
}

/**
 * The status after the action, or throws: forbidden (403) when the subject may never take the
 * action on this pledge, pledgeTransitionNotAllowed (409) when the pledge's status does not allow it.
 */
export function checkTransition(options: {
  subject: Subject;
  pledge: PledgeRef;
  action: PledgeAction;
}): PledgeStatus {
  const rule = transitionRules[options.action];
  if (!mayTake(options.subject, options.pledge, options.action)) throw forbidden();
  if (!rule.from.includes(options.pledge.status)) {
    throw new AppError('pledgeTransitionNotAllowed', 409, {
      action: options.action,
      status: options.pledge.status,
    });
  }
  return rule.to;
}

export function canEditPledge(options: { subject: Subject; pledge: PledgeRef }): boolean {
  return editableStatuses.includes(options.pledge.status) && isPledgeEditor(options.subject, options.pledge);
}

/** Throws forbidden (403) for anyone but the pledger (or on-behalf author), pledgeNotEditable (409) outside draft / changes requested. */
export function checkEdit(options: { subject: Subject; pledge: PledgeRef }): void {
  if (!isPledgeEditor(options.subject, options.pledge)) throw forbidden();
  if (!editableStatuses.includes(options.pledge.status)) {
    throw new AppError('pledgeNotEditable', 409, { status: options.pledge.status });
  }
}

/** Only the pledger reports progress, and only on a published pledge. */
export function checkProgressUpdate(options: { subject: Subject; pledge: PledgeRef }): void {
  if (!isPledger(options.subject, options.pledge)) throw forbidden();
  if (options.pledge.status !== 'published') {
    throw new AppError('pledgeNotPublished', 409, { status: options.pledge.status });
  }
}

/**
 * Published and closed pledges are public; before that the pledger, the partners named on it
 * and the reviewers see it.
 */
export function canViewPledge(options: {
  subject: Subject;
  pledge: PledgeRef;
  partners?: readonly Pick<PledgeRef, 'organisationId' | 'countryIso3'>[];
}): boolean {
  const { subject, pledge, partners = [] } = options;
  if (publicStatuses.includes(pledge.status)) return true;
  if (isPledgeInsider(subject, pledge)) return true;
  return partners.some((p) => isPledger(subject, p));
}

/**
 * canViewPledge as access keys for the content index: before publication the pledger, the partners
 * named on it and the reviewers open it.
 */
export function pledgeReaders(
  pledge: PledgeRef,
  partners: readonly Pick<PledgeRef, 'organisationId' | 'countryIso3'>[] = [],
): string[] {
  return readerSet(
    resourceKeys('pledges.edit', pledgeResource(pledge)),
    resourceKeys('pledges.review', pledgeResource(pledge)),
    ...partners.map((p) => resourceKeys('pledges.edit', pledgeResource(p))),
  );
}

/**
 * Who may read a pledge's files: everyone once the pledge is public (published, closed); before
 * that only the pledger and the reviewers. Partners who may read a draft do not get its files.
 */
export function canReadPledgeFiles(subject: Subject, pledge: PledgeRef): boolean {
  return publicStatuses.includes(pledge.status) || isPledgeInsider(subject, pledge);
}
