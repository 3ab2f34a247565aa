import { eq } from 'drizzle-orm';
import { reviews } from '#db/schema/reviews';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { syncReviewContent } from '../review-content.server';
import { reviewEntityType } from '../review-records.server';
import { titleSchema } from './review-forms';
import { loadForEditing } from './review-guards.server';

/** Renames a review (and may change its original language) while its editors may change it; versioned, audited. */
export async function updateReviewTitle(options: {
  db?: DbOrTx;
  subject: Subject;
  reviewId: string;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  const input = parseInput(titleSchema, options.input);
  return db.transaction(async (tx) => {
    const loaded = await loadForEditing(tx, subject, options.reviewId);
    const { before, after } = await updateVersioned({
      db: tx,
      table: reviews,
      where: eq(reviews.id, loaded.review.id),
      expectedVersion: input.version,
      set: { title: input.title, originalLanguage: input.originalLanguage },
    });
    await syncReviewContent(tx, [loaded.review.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review.update',
      entityType: reviewEntityType,
      entityId: loaded.review.id,
      before: { title: before.title, originalLanguage: before.originalLanguage },
      after: { title: after.title, originalLanguage: after.originalLanguage },
      requestId: options.requestId,
    });
    return after;
  });
}
