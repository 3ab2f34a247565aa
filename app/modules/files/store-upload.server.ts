import { attachments, files } from '#db/schema/files';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { entityTypePattern } from '~/modules/tagging/tag-set';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { type FileStorage, getStorage, newStorageKey } from '~/platform/storage/index.server';
import type { UploadedFile } from '~/platform/uploads/parse-upload.server';

export type FileRow = typeof files.$inferSelect;

export interface StoreUploadInput {
  db?: DbOrTx;
  storage?: FileStorage;
  upload: UploadedFile;
  uploadedBy: string | null;
  /** Attach the new file to this content in the same transaction. */
  attachTo?: { entityType: string; entityId: string; position?: number };
  requestId?: string;
}

/**
 * Keeps a checked upload: bytes into file storage under a new random key, then the files row (and
 * the attachment, when asked) and the audit entry in one transaction. When the transaction fails the
 * stored object is removed again. The temporary upload file is always removed.
 * Passing a transaction as `db` makes the row part of the caller's transaction; an object left behind
 * by a later rollback of that transaction is unreferenced and harmless.
 */
export async function storeUpload(input: StoreUploadInput): Promise<FileRow> {
  const { db = getDb(), storage = getStorage(), upload, uploadedBy, attachTo, requestId } = input;
  if (attachTo && (!entityTypePattern.test(attachTo.entityType) || !attachTo.entityId)) {
    await upload.discard();
    throw new AppError('invalidChoice', 400, { field: 'entityType', value: attachTo.entityType });
  }
  const storageKey = newStorageKey();
  try {
    await storage.put(storageKey, upload.stream(), {
      contentType: upload.contentType,
      size: upload.sizeBytes,
    });
  } finally {
    await upload.discard();
  }
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(files)
        .values({
          storageKey,
          originalName: upload.originalName,
          contentType: upload.contentType,
          sizeBytes: upload.sizeBytes,
          sha256: upload.sha256,
          uploadedBy,
        })
        .returning();
      if (!row) throw new Error('file row not inserted');
      await recordAudit(tx, {
        actorId: uploadedBy,
        action: 'file.upload',
        entityType: 'file',
        entityId: row.id,
        after: row,
        requestId,
      });
      if (attachTo) {
        const attachment = { fileId: row.id, ...attachTo, position: attachTo.position ?? 0 };
        await tx.insert(attachments).values(attachment);
        await recordAudit(tx, {
          actorId: uploadedBy,
          action: 'file.attach',
          entityType: attachTo.entityType,
          entityId: attachTo.entityId,
          after: attachment,
          requestId,
        });
      }
      return row;
    });
  } catch (error) {
    await storage.delete(storageKey).catch(() => {});
    throw error;
  }
}
