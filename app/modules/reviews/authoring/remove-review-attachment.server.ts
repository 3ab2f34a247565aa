import { and, eq } from 'drizzle-orm';
import { attachments } from '#db/schema/files';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { reviewEntityType } from '../review-records.server';
import { loadForEditing } from './review-guards.server';

/**
 * Detaches a file from a review its editors may still change. The file itself is kept: a submitted
 * version may name it, and its uploader can still download it. Audited.
 */
export async function removeReviewAttachment(options: {
  db?: DbOrTx;
  subject: Subject;
  reviewId: string;
  fileId: string;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const loaded = await loadForEditing(tx, subject, options.reviewId, { forUpdate: true });
    if (!/^[0-9a-f-]{36}$/i.test(options.fileId)) throw notFound();
    const removed = await tx
      .delete(attachments)
      .where(
        and(
          eq(attachments.entityType, reviewEntityType),
          eq(attachments.entityId, loaded.review.id),
          eq(attachments.fileId, options.fileId),
        ),
      )
      .returning();
    if (!removed.length) throw notFound();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'file.detach',
      entityType: reviewEntityType,
      entityId: loaded.review.id,
      before: removed[0],
      requestId: options.requestId,
    });
  });
}
