import { canSeeReviewById } from '~/modules/reviews/authoring/can-see-review.server';
import { canReadContributionById } from '~/modules/reviews/contributions/can-read-contribution.server';
import { contributionEntityType } from '~/modules/reviews/contributions/contribution-records.server';
import { reviewEntityType } from '~/modules/reviews/review-records.server';
import { viewerOf } from '~/permissions/guard.server';
import type { CanReadEntity } from '../files/download.server';

/**
 * Files attached to a review are readable by whoever may see the review: everyone once it is
 * published; before that its editors, and the cycle region's secretariat once it was submitted.
 * A contribution's file is readable with the contribution (public with the cycle's synthesis).
 */
export const reviewFileReaders: Record<string, CanReadEntity> = {
  [reviewEntityType]: async (request, reviewId) =>
    canSeeReviewById((await viewerOf(request)).subject, reviewId),
  [contributionEntityType]: async (request, id) =>
    canReadContributionById((await viewerOf(request)).subject, id),
};
