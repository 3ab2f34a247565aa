import { and, count, eq, sql } from 'drizzle-orm';
import { attachments } from '#db/schema/files';
import { type FileRow, storeUpload } from '~/modules/files/store-upload.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import type { UploadedFile } from '~/platform/uploads/parse-upload.server';
import { reviewEntityType } from '../review-records.server';
import { maxReviewAttachments } from './review-attachments';
import { loadForEditing } from './review-guards.server';

/**
 * Keeps an upload (already sniffed and size-checked by app/platform/uploads) as an attachment of a
 * review its editors may still change. The checks run before the file is stored; a refused upload is
 * discarded. storeUpload writes the file, the attachment and their audit entries.
 */
export async function attachReviewFile(options: {
  db?: DbOrTx;
  subject: Subject;
  reviewId: string;
  upload: UploadedFile;
  requestId?: string;
}): Promise<FileRow> {
  const { db = getDb(), subject, upload } = options;
  let position: number;
  let reviewId: string;
  try {
    const loaded = await loadForEditing(db, subject, options.reviewId);
    reviewId = loaded.review.id;
    const where = and(eq(attachments.entityType, reviewEntityType), eq(attachments.entityId, reviewId));
    const [{ n, max } = { n: 0, max: null }] = await db
      .select({ n: count(), max: sql<number | null>`max(${attachments.position})` })
      .from(attachments)
      .where(where);
    if (Number(n) >= maxReviewAttachments) {
      throw new AppError('reviewAttachmentLimit', 409, { max: maxReviewAttachments });
    }
    position = max === null || max === undefined ? 0 : Number(max) + 1;
  } catch (error) {
    await upload.discard();
    throw error;
  }
  return storeUpload({
    db,
    upload,
    uploadedBy: subject.userId,
    attachTo: { entityType: reviewEntityType, entityId: reviewId, position },
    requestId: options.requestId,
  });
}
