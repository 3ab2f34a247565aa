import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, forbidden, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { canEditReview, canManageEditors, canReadDraft, canSeeReview } from '../review-policy';
import { type LoadedReview, loadReview } from '../review-records.server';

/**
 * Loading a review for an operation of its editors, with the answers the rules in review-policy.ts
 * give: a review the subject may not see at all is notFound (ids reveal nothing); one they see but
 * do not write is forbidden; one they write but that is with the secretariat is reviewNotEditable.
 */

export async function loadForEditors(
  db: DbOrTx,
  subject: Subject,
  reviewId: string,
  options: { forUpdate?: boolean } = {},
): Promise<LoadedReview> {
  const loaded = await loadReview(db, reviewId, options);
  if (!canSeeReview(subject, loaded.ref, loaded.coEditorIds)) throw notFound();
  if (!canReadDraft(subject, loaded.ref, loaded.coEditorIds)) throw forbidden();
  return loaded;
}

export async function loadForEditing(
  db: DbOrTx,
  subject: Subject,
  reviewId: string,
  options: { forUpdate?: boolean } = {},
): Promise<LoadedReview> {
  const loaded = await loadForEditors(db, subject, reviewId, options);
  if (!canEditReview(subject, loaded.ref, loaded.coEditorIds)) {
    throw new AppError('reviewNotEditable', 409, { status: loaded.review.status });
  }
  return loaded;
}

export async function loadForManagingEditors(
  db: DbOrTx,
  subject: Subject,
  reviewId: string,
  options: { forUpdate?: boolean } = {},
): Promise<LoadedReview> {
  const loaded = await loadForEditors(db, subject, reviewId, options);
  if (!canManageEditors(subject, loaded.ref)) throw forbidden();
  return loaded;
}

/**
 * Asked by the editors' pages before they read a form: someone who may not see the review gets the
 * same 404 as on GET, never a form error that would tell them the draft exists.
 */
export async function checkReviewEditorsMayAct(options: { db?: DbOrTx; subject: Subject; reviewId: string }) {
  await loadForEditors(options.db ?? getDb(), options.subject, options.reviewId);
}
