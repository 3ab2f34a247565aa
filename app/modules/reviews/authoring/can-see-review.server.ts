import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { isAppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { canSeeReview } from '../review-policy';
import { loadReview } from '../review-records.server';

/**
 * Whether the subject may see the review with this id at all (published: everyone; otherwise its
 * editors, and its secretariat once submitted). Unknown ids answer false. Used by the file download
 * route for files attached to reviews.
 */
export async function canSeeReviewById(subject: Subject, reviewId: string, db: DbOrTx = getDb()) {
  try {
    const loaded = await loadReview(db, reviewId);
    return canSeeReview(subject, loaded.ref, loaded.coEditorIds);
  } catch (error) {
    if (isAppError(error) && error.status === 404) return false;
    throw error;
  }
}
