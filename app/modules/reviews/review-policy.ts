import type { ReviewKind, ReviewStatus } from '#db/schema/review-values';
import { readerSet, resourceKeys, userKey } from '~/permissions/access-keys';
import type { Action } from '~/permissions/matrix';
import { can, type Resource, type Subject, scopesFor } from '~/permissions/resolver';
import { AppError, forbidden } from '~/platform/errors';

/**
 * Who may do what with a review — the one place these rules live (pages, API and domain operations
 * all ask here).
 * - A national review belongs to its state: the state's focal points (reviews.edit/submit scoped to the
 *   country) and the co-editors they invited write it; only focal points submit.
 * - A parallel review belongs to its organisation: members write (reviews.edit scoped to the
 *   organisation), the organisation's admins submit.
 * - The secretariat of the cycle's region (reviews.moderate scoped to the region; the Network
 *   secretariat and admins anywhere) acknowledges, returns and publishes — and reads submitted
 *   versions only, never the live draft.
 * - Published reviews are public.
 */
export interface ReviewRef {
  kind: ReviewKind;
  status: ReviewStatus;
  countryIso3: string | null;
  organisationId: string | null;
  /** How many versions were submitted so far. */
  submittedVersions: number;
  /** The region of the review's cycle. */
  cycleRegionId: string;
}

/** Statuses in which the review's own people may still change it. */
export const editableStatuses: readonly ReviewStatus[] = ['drafting', 'returned'];

/** The scope the review lives in: its state for national reviews, its organisation for parallel ones. */
export function reviewOwnerResource(
  review: Pick<ReviewRef, 'kind' | 'countryIso3' | 'organisationId'>,
): Resource {
  return review.kind === 'national'
    ? { country: review.countryIso3 }
    : { organisationId: review.organisationId };
}

/**
 * The states and organisations the subject writes reviews for: where reviews.edit reaches by scope
 * (focal points, organisation members). Administrators' "any" is left out: it would make every
 * review "theirs" on the pages that list one's own reviews.
 */
export function reviewWriterScopes(subject: Subject) {
  const scopes = scopesFor(subject, 'reviews.edit');
  return { states: scopes.countries, organisations: scopes.organisations };
}

export const cycleResource = (cycleRegionId: string): Resource => ({ regions: [cycleRegionId] });

/** Is the subject one of the review's owners (focal point of the state / member of the organisation), or an invited co-editor? */
export function isReviewEditor(subject: Subject, review: ReviewRef, coEditorIds: readonly string[]): boolean {
  if (can(subject, 'reviews.edit', reviewOwnerResource(review))) return true;
  return subject.userId !== null && coEditorIds.includes(subject.userId);
}

export function canEditReview(subject: Subject, review: ReviewRef, coEditorIds: readonly string[]): boolean {
  return editableStatuses.includes(review.status) && isReviewEditor(subject, review, coEditorIds);
}

/** Inviting co-editors is for the review's owners (not for co-editors themselves). */
export function canManageEditors(subject: Subject, review: ReviewRef): boolean {
  return can(subject, 'reviews.edit', reviewOwnerResource(review));
}

export function canModerateReview(subject: Subject, review: Pick<ReviewRef, 'cycleRegionId'>): boolean {
  return can(subject, 'reviews.moderate', cycleResource(review.cycleRegionId));
}

/**
 * Who tags a free-form parallel review with objectives, and as whom: its writers while they may
 * change it (their tags), else the cycle's secretariat (tags added to the authors', which it cannot
 * remove); null for anyone else.
 */
export function reviewObjectiveTagger(
  subject: Subject,
  review: ReviewRef,
  coEditorIds: readonly string[],
): 'authors' | 'secretariat' | null {
  if (canEditReview(subject, review, coEditorIds)) return 'authors';
  if (review.submittedVersions > 0 && canModerateReview(subject, review)) return 'secretariat';
  return null;
}

/** May the subject read the live draft (sections as they are now, comments)? */
export function canReadDraft(subject: Subject, review: ReviewRef, coEditorIds: readonly string[]): boolean {
  return isReviewEditor(subject, review, coEditorIds);
}

/** May the subject read the submitted versions (and compare them)? */
export function canReadSubmitted(
  subject: Subject,
  review: ReviewRef,
  coEditorIds: readonly string[],
): boolean {
  if (isReviewEditor(subject, review, coEditorIds)) return true;
  return review.submittedVersions > 0 && canModerateReview(subject, review);
}

/** Does the review exist for this subject at all? Everyone else gets a 404, so ids reveal nothing. */
export function canSeeReview(subject: Subject, review: ReviewRef, coEditorIds: readonly string[]): boolean {
  return review.status === 'published' || canReadSubmitted(subject, review, coEditorIds);
}

/**
 * canSeeReview as access keys for the content index (who opens a review before it is published):
 * its owners and co-editors, and once something was submitted, the cycle's secretariat.
 */
export function reviewReaders(review: ReviewRef, coEditorIds: readonly string[]): string[] {
  return readerSet(
    resourceKeys('reviews.edit', reviewOwnerResource(review)),
    coEditorIds.map(userKey),
    review.submittedVersions > 0 ? resourceKeys('reviews.moderate', cycleResource(review.cycleRegionId)) : [],
  );
}

/** The review's life cycle. */
export const reviewActions = ['submit', 'acknowledge', 'return', 'publish', 'withdraw'] as const;
export type ReviewAction = (typeof reviewActions)[number];

interface TransitionRule {
  from: readonly ReviewStatus[];
  to: ReviewStatus;
  /** Who: the review's submitters, or the cycle's secretariat. */
  by: 'owner' | 'secretariat';
  /** The secretariat must say why it returns or withdraws a review. */
  needsComment?: boolean;
}

export const reviewTransitionRules: Record<ReviewAction, TransitionRule> = {
  submit: { from: ['drafting', 'returned'], to: 'submitted', by: 'owner' },
  acknowledge: { from: ['submitted'], to: 'acknowledged', by: 'secretariat' },
  return: { from: ['submitted', 'acknowledged'], to: 'returned', by: 'secretariat', needsComment: true },
  publish: { from: ['submitted', 'acknowledged'], to: 'published', by: 'secretariat' },
  // A published review taken down for a correction goes back to the secretariat's desk.
  withdraw: { from: ['published'], to: 'acknowledged', by: 'secretariat', needsComment: true },
};

function mayAct(subject: Subject, review: ReviewRef, rule: TransitionRule): boolean {
  if (rule.by === 'secretariat') return canModerateReview(subject, review);
  const permission: Action = 'reviews.submit';
  return can(subject, permission, reviewOwnerResource(review));
}

export function canTransitionReview(subject: Subject, review: ReviewRef, action: ReviewAction): boolean {
  const rule = reviewTransitionRules[action];
  return rule.from.includes(review.status) && mayAct(subject, review, rule);
}

/** The actions this subject may take on this review now (for buttons; the server checks again). */
export function allowedReviewActions(subject: Subject, review: ReviewRef): ReviewAction[] {
  return reviewActions.filter((action) => canTransitionReview(subject, review, action));
}

/**
 * The status after the action, or throws: forbidden (403) when the subject may never take it,
 * reviewTransitionNotAllowed (409) when the review's status does not allow it, reviewCommentRequired
 * (422) when the secretariat returns or withdraws without saying why.
 */
export function checkReviewTransition(options: {
  subject: Subject;
  review: ReviewRef;
  action: ReviewAction;
  comment?: string | null;
}): ReviewStatus {
  const { subject, review, action } = options;
  const rule = reviewTransitionRules[action];
  if (!mayAct(subject, review, rule)) throw forbidden();
  if (!rule.from.includes(review.status)) {
    throw new AppError('reviewTransitionNotAllowed', 409, { action, status: review.status });
  }
  if (rule.needsComment && !options.comment?.trim()) throw new AppError('reviewCommentRequired', 422);
  return rule.to;
}
