import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { canSeeOtherReviews, isAssignedReviewer, reviewerUnlocked } from '../hub-policy';
import { loadActiveAssignments, loadAssignment } from '../resources/resource-records.server';

/**
 * What one reviewer sees of their assignment: before the conflict answer only the title and publisher
 * (to judge a conflict); after "none" the resource; after submitting, the other submitted reviews as
 * "Reviewer 2", never with names. 404 to anyone but the assigned reviewer.
 */
export async function getReviewView(options: { db?: DbOrTx; subject: Subject; assignmentId: string }) {
  const { db = getDb(), subject } = options;
  const { assignment, resource } = await loadAssignment(db, options.assignmentId);
  if (!isAssignedReviewer(subject, assignment)) throw notFound();
  const unlocked = reviewerUnlocked(assignment);
  const others = canSeeOtherReviews(subject, assignment)
    ? (await loadActiveAssignments(db, resource))
        .filter((a) => a.id !== assignment.id && a.submittedAt)
        .map((a, i) => ({
          label: i + 1,
          scores: a.scores,
          recommendation: a.recommendation,
          comments: a.comments,
        }))
    : [];
  return {
    assignment: {
      id: assignment.id,
      conflict: assignment.conflict,
      conflictText: assignment.conflictText,
      submittedAt: assignment.submittedAt,
      scores: assignment.scores,
      recommendation: assignment.recommendation,
      comments: assignment.comments,
    },
    resource: {
      id: resource.id,
      title: resource.title,
      publisher: resource.publisher,
      authors: resource.authors,
      status: resource.status,
      abstract: unlocked ? resource.abstract : null,
      url: unlocked ? resource.url : null,
      fileId: unlocked ? resource.fileId : null,
    },
    open: resource.status === 'in_review' && !assignment.submittedAt,
    others,
  };
}
