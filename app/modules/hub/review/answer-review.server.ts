import { eq } from 'drizzle-orm';
import { hubReviewAssignments, type ReviewCriterion, reviewCriteria } from '#db/schema/hub';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { checkAnswerConflict, checkSubmitReview, hubResourceEntityType } from '../hub-policy';
import { syncResources } from '../resources/resource-content.server';
import { loadAssignment } from '../resources/resource-records.server';
import { conflictSchema, reviewSchema } from './review-schema';

/**
 * The reviewer's conflict-of-interest answer, asked before the resource unlocks. "None" opens the
 * resource to them; "declared" (with what the conflict is) blocks their review until the editor, who
 * sees it at once on the panel page, replaces them or the declaration stands.
 */
export async function answerConflict(options: {
  db?: DbOrTx;
  subject: Subject;
  assignmentId: string;
  input: unknown;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  return db.transaction(async (tx) => {
    const { assignment, resource } = await loadAssignment(tx, options.assignmentId, { lock: true });
    checkAnswerConflict(subject, resource, assignment);
    // Validated after the check, so a stranger learns nothing from a form error.
    const input = parseInput(conflictSchema, options.input);
    const [after] = await tx
      .update(hubReviewAssignments)
      .set({
        conflict: input.conflict,
        conflictText: input.conflict === 'declared' ? input.conflictText! : null,
        conflictAnsweredAt: now,
        version: assignment.version + 1,
        updatedAt: now,
      })
      .where(eq(hubReviewAssignments.id, assignment.id))
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'hub.review.conflict',
      entityType: hubResourceEntityType,
      entityId: resource.id,
      after: { assignmentId: assignment.id, conflict: input.conflict },
      requestId: options.requestId,
    });
    // The reviewer becomes one of the resource's readers (or does not).
    await syncResources(tx, [resource.id]);
    return after!;
  });
}

/** The reviewer scores the fixed criteria and recommends; once submitted the review is final. */
export async function submitReview(options: {
  db?: DbOrTx;
  subject: Subject;
  assignmentId: string;
  input: unknown;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  return db.transaction(async (tx) => {
    const { assignment, resource } = await loadAssignment(tx, options.assignmentId, { lock: true });
    checkSubmitReview(subject, resource, assignment);
    const input = parseInput(reviewSchema, options.input) as Record<ReviewCriterion, number> & {
      recommendation: 'accept' | 'revise' | 'reject';
      comments?: string;
    };
    const scores = Object.fromEntries(reviewCriteria.map((c) => [c, input[c]]));
    const [after] = await tx
      .update(hubReviewAssignments)
      .set({
        scores,
        recommendation: input.recommendation,
        comments: input.comments ?? null,
        submittedAt: now,
        version: assignment.version + 1,
        updatedAt: now,
      })
      .where(eq(hubReviewAssignments.id, assignment.id))
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'hub.review.submit',
      entityType: hubResourceEntityType,
      entityId: resource.id,
      after: { assignmentId: assignment.id, scores, recommendation: input.recommendation },
      requestId: options.requestId,
    });
    return after!;
  });
}
