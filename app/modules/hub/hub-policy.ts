import type { ConflictState, ResourceStatus } from '#db/schema/hub-values';
import { readerSet, resourceKeys, userKey } from '~/permissions/access-keys';
import { can, type Subject } from '~/permissions/resolver';
import { AppError, forbidden } from '~/platform/errors';

/**
 * Who may do what with Hub resources and their peer review — the one place these rules live.
 * Anyone signed in submits; a Hub editor (hub.curate) assigns panels and decides; an assigned reviewer
 * reads the resource once they have said they have no conflict of interest, and sees the other
 * reviews (without names) only after submitting their own. Published resources are public.
 */
export const hubResourceEntityType = 'hub_resource';

export interface ResourceRef {
  status: ResourceStatus;
  submittedBy: string | null;
}

export interface AssignmentRef {
  reviewerId: string;
  conflict: ConflictState;
  submittedAt: Date | null;
  replacedAt: Date | null;
}

/** Statuses in which the submitter (or an editor) may change the resource. */
export const editableResourceStatuses: readonly ResourceStatus[] = ['submitted', 'revision_requested'];

export const canCurateHub = (subject: Subject) => can(subject, 'hub.curate', {});
export const canSubmitResource = (subject: Subject) => Boolean(subject.userId);
export const isSubmitter = (subject: Subject, resource: ResourceRef) =>
  Boolean(subject.userId) && resource.submittedBy === subject.userId;

const isActive = (a: AssignmentRef) => !a.replacedAt;
export const isAssignedReviewer = (subject: Subject, a: AssignmentRef) =>
  Boolean(subject.userId) && a.reviewerId === subject.userId && isActive(a);
/** The resource unlocks for a reviewer who answered that they have no conflict of interest. */
export const reviewerUnlocked = (a: AssignmentRef) => isActive(a) && a.conflict === 'none';

export function canReadResource(
  subject: Subject,
  resource: ResourceRef,
  assignments: readonly AssignmentRef[] = [],
) {
  if (resource.status === 'published') return true;
  if (isSubmitter(subject, resource) || canCurateHub(subject)) return true;
  return assignments.some((a) => isAssignedReviewer(subject, a) && reviewerUnlocked(a));
}

/** canReadResource as access keys for the content index (while unpublished). */
export const resourceReaders = (resource: ResourceRef, assignments: readonly AssignmentRef[]) =>
  readerSet(
    resourceKeys('hub.curate', {}),
    resource.submittedBy ? [userKey(resource.submittedBy)] : [],
    assignments.filter(reviewerUnlocked).map((a) => userKey(a.reviewerId)),
  );

export const canEditResource = (subject: Subject, resource: ResourceRef) =>
  editableResourceStatuses.includes(resource.status) &&
  (isSubmitter(subject, resource) || canCurateHub(subject));

export function checkEditResource(subject: Subject, resource: ResourceRef): void {
  if (!isSubmitter(subject, resource) && !canCurateHub(subject)) throw forbidden();
  if (!editableResourceStatuses.includes(resource.status)) {
    throw new AppError('hubResourceNotEditable', 409, { status: resource.status });
  }
}

export function checkCurateHub(subject: Subject): void {
  if (!canCurateHub(subject)) throw forbidden();
}

/** Reviewers answer the conflict question and review only while the resource is in review. */
function checkReviewing(subject: Subject, resource: ResourceRef, assignment: AssignmentRef) {
  if (!isAssignedReviewer(subject, assignment)) throw forbidden();
  if (resource.status !== 'in_review') throw new AppError('hubReviewClosed', 409);
  if (assignment.submittedAt) throw new AppError('hubReviewAlreadySubmitted', 409);
}

export function checkAnswerConflict(
  subject: Subject,
  resource: ResourceRef,
  assignment: AssignmentRef,
): void {
  checkReviewing(subject, resource, assignment);
  if (assignment.conflict !== 'not_asked') throw new AppError('hubConflictAlreadyAnswered', 409);
}

export function checkSubmitReview(subject: Subject, resource: ResourceRef, assignment: AssignmentRef): void {
  checkReviewing(subject, resource, assignment);
  if (assignment.conflict === 'not_asked') throw new AppError('hubConflictUnanswered', 409);
  if (assignment.conflict === 'declared') throw new AppError('hubConflictBlocksReview', 409);
}

/** The other reviews (scores and comments, never names) open to a reviewer after their own is in. */
export const canSeeOtherReviews = (subject: Subject, assignment: AssignmentRef) =>
  isAssignedReviewer(subject, assignment) && Boolean(assignment.submittedAt);

/** The submitter reads the decision and the reviewers' comments (without names) once decided. */
export const decidedStatuses: readonly ResourceStatus[] = ['published', 'revision_requested', 'rejected'];
export const canSeeDecision = (subject: Subject, resource: ResourceRef) =>
  decidedStatuses.includes(resource.status) && (isSubmitter(subject, resource) || canCurateHub(subject));
