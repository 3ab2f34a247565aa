import { and, eq } from 'drizzle-orm';
import { reviewEditors } from '#db/schema/reviews';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { syncReviewContent } from '../review-content.server';
import { reviewEntityType } from '../review-records.server';
import { loadForManagingEditors } from './review-guards.server';

/** Removes an invited co-editor (the review's owners only); their sections and comments stay. Audited. */
export async function removeCoEditor(options: {
  db?: DbOrTx;
  subject: Subject;
  reviewId: string;
  userId: string;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const loaded = await loadForManagingEditors(tx, subject, options.reviewId, { forUpdate: true });
    if (!loaded.coEditorIds.includes(options.userId)) throw notFound();
    await tx
      .delete(reviewEditors)
      .where(and(eq(reviewEditors.reviewId, loaded.review.id), eq(reviewEditors.userId, options.userId)));
    await syncReviewContent(tx, [loaded.review.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review.editor.remove',
      entityType: reviewEntityType,
      entityId: loaded.review.id,
      before: { userId: options.userId },
      requestId: options.requestId,
    });
  });
}
