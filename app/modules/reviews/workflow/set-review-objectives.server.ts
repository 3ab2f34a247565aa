import { eq } from 'drizzle-orm';
import { reviews } from '#db/schema/reviews';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { setTags } from '~/modules/tagging/set-tags.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, forbidden, notFound } from '~/platform/errors';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { reviewObjectivesSchema } from '../authoring/review-forms';
import { syncReviewContent } from '../review-content.server';
import { canSeeReview, reviewObjectiveTagger } from '../review-policy';
import { loadReview, reviewEntityType } from '../review-records.server';
import { freeFormObjectives } from './tag-review.server';

const sorted = (values: Iterable<number>) => [...new Set(values)].sort((a, b) => a - b);

/**
 * Tags a free-form parallel review with the objectives it is about (it has no objective sections,
 * so this is how the synthesis quotes it per objective). Its writers set their tags while they may
 * change it; after submission the cycle's secretariat adds tags (the authors' stay: the list it
 * sends is what it adds). A review already tagged (submitted) is re-tagged at once. Versioned, audited.
 */
export async function setReviewObjectives(options: {
  db?: DbOrTx;
  subject: Subject;
  reviewId: string;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  const input = parseInput(reviewObjectivesSchema, options.input);
  return db.transaction(async (tx) => {
    const { review, ref, coEditorIds } = await loadReview(tx, options.reviewId, { forUpdate: true });
    if (!canSeeReview(subject, ref, coEditorIds)) throw notFound();
    const tagger = reviewObjectiveTagger(subject, ref, coEditorIds);
    if (!tagger) throw forbidden();
    if (!review.freeForm) throw new AppError('reviewObjectivesFreeFormOnly', 409);
    const chosen = sorted(input.objectives);
    const set =
      tagger === 'authors'
        ? { objectivesTagged: chosen }
        : { objectivesAdded: chosen.filter((n) => !review.objectivesTagged.includes(n)) };
    const { before, after } = await updateVersioned({
      db: tx,
      table: reviews,
      where: eq(reviews.id, review.id),
      expectedVersion: input.version,
      set,
    });
    if (after.submittedVersions > 0) {
      await setTags({
        db: tx,
        entityType: reviewEntityType,
        entityId: review.id,
        tags: { objectives: freeFormObjectives(after) },
      });
    }
    await syncReviewContent(tx, [review.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review.objectives',
      entityType: reviewEntityType,
      entityId: review.id,
      before: { objectivesTagged: before.objectivesTagged, objectivesAdded: before.objectivesAdded },
      after: { objectivesTagged: after.objectivesTagged, objectivesAdded: after.objectivesAdded, as: tagger },
      requestId: options.requestId,
    });
    return after;
  });
}
