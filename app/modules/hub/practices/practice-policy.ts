import type { PracticeStatus } from '#db/schema/hub-practice-values';
import { readerSet, resourceKeys, userKey } from '~/permissions/access-keys';
import type { Subject } from '~/permissions/resolver';
import { AppError, forbidden } from '~/platform/errors';
import { canCurateHub } from '../hub-policy';

/**
 * Who may do what with practices and calls for practices — the one place these rules live. Anyone
 * signed in submits a practice (to the repository or to an open call); the submitter (or a Hub editor)
 * changes it while it waits or after a request for clarification; a Hub editor (hub.curate, the same
 * role as for resources) asks for clarification, approves or declines it, marks an approved practice
 * "promising", and creates and edits calls. Approved practices and all calls are public. The contact
 * person of a practice is shown to signed-in readers only.
 */
export const hubPracticeEntityType = 'hub_practice';
export const hubPracticeCallEntityType = 'hub_practice_call';

export interface PracticeRef {
  status: PracticeStatus;
  submittedBy: string | null;
}

/** Statuses in which the submitter (or an editor) may change the practice. */
export const editablePracticeStatuses: readonly PracticeStatus[] = ['submitted', 'clarification_requested'];
/** The editor's decisions are taken on a practice waiting for one. */
export const decidablePracticeStatuses: readonly PracticeStatus[] = ['submitted'];

export const canSubmitPractice = (subject: Subject) => Boolean(subject.userId);
export const isPracticeSubmitter = (subject: Subject, practice: PracticeRef) =>
  Boolean(subject.userId) && practice.submittedBy === subject.userId;

export function canReadPractice(subject: Subject, practice: PracticeRef) {
  if (practice.status === 'approved') return true;
  return isPracticeSubmitter(subject, practice) || canCurateHub(subject);
}

/** canReadPractice as access keys for the content index (while not approved). */
export const practiceReaders = (practice: PracticeRef) =>
  readerSet(resourceKeys('hub.curate', {}), practice.submittedBy ? [userKey(practice.submittedBy)] : []);

/** The contact person is for signed-in readers of the practice, never for anonymous ones or the API. */
export const canSeePracticeContact = (subject: Subject, practice: PracticeRef) =>
  Boolean(subject.userId) && canReadPractice(subject, practice);

export const canEditPractice = (subject: Subject, practice: PracticeRef) =>
  editablePracticeStatuses.includes(practice.status) &&
  (isPracticeSubmitter(subject, practice) || canCurateHub(subject));

export function checkEditPractice(subject: Subject, practice: PracticeRef): void {
  if (!isPracticeSubmitter(subject, practice) && !canCurateHub(subject)) throw forbidden();
  if (!editablePracticeStatuses.includes(practice.status)) {
    throw new AppError('practiceNotEditable', 409, { status: practice.status });
  }
}

export const canDecidePractice = (subject: Subject, practice: PracticeRef) =>
  canCurateHub(subject) && decidablePracticeStatuses.includes(practice.status);

export function checkDecidePractice(subject: Subject, practice: PracticeRef): void {
  if (!canCurateHub(subject)) throw forbidden();
  if (!decidablePracticeStatuses.includes(practice.status)) {
    throw new AppError('practiceNotAwaitingDecision', 409, { status: practice.status });
  }
}

/** Only an approved (published) practice can be marked promising, by a Hub editor (the curator). */
export const canMarkPromising = (subject: Subject, practice: PracticeRef) =>
  canCurateHub(subject) && practice.status === 'approved';

export function checkMarkPromising(subject: Subject, practice: PracticeRef): void {
  if (!canCurateHub(subject)) throw forbidden();
  if (practice.status !== 'approved') throw new AppError('practiceNotApproved', 409);
}

export const canManageCalls = (subject: Subject) => canCurateHub(subject);
export function checkManageCalls(subject: Subject): void {
  if (!canManageCalls(subject)) throw forbidden();
}
