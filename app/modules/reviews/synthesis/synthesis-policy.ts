import { readerSet, resourceKeys } from '~/permissions/access-keys';
import type { Subject } from '~/permissions/resolver';
import { canModerateReview, cycleResource } from '../review-policy';

/**
 * Who writes and publishes a cycle's synthesis report (the one place this rule lives): the
 * secretariat that publishes the cycle's reviews, i.e. reviews.moderate within the cycle's region
 * (the region's secretariat; the Network secretariat and administrators anywhere). The same people
 * see the live draft preview. Everyone reads published versions.
 */
export function canEditSynthesis(subject: Subject, cycle: { regionId: string }): boolean {
  return canModerateReview(subject, { cycleRegionId: cycle.regionId });
}

/** canEditSynthesis as access keys for the content index: who opens a synthesis not yet published. */
export const synthesisDraftReaders = (regionId: string) =>
  readerSet(resourceKeys('reviews.moderate', cycleResource(regionId)));
