import { and, eq, sql } from 'drizzle-orm';
import { attachments, files } from '#db/schema/files';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { entityTypePattern } from '~/modules/tagging/tag-set';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';

export type AttachmentRow = typeof attachments.$inferSelect;

export interface AttachFileInput {
  db?: DbOrTx;
  fileId: string;
  entityType: string;
  entityId: string;
  /** Order among the entity's attachments; default: after the last one. */
  position?: number;
  actorId: string | null;
  requestId?: string;
}

/**
 * Attaches a stored file to a piece of content (entity_type / entity_id as in tagging), audited.
 * Attaching the same file twice to the same content keeps the first attachment.
 */
export async function attachFile(input: AttachFileInput): Promise<AttachmentRow> {
  const { db = getDb(), fileId, entityType, entityId, actorId, requestId } = input;
  if (!entityTypePattern.test(entityType)) {
    throw new AppError('invalidChoice', 400, { field: 'entityType', value: entityType });
  }
  if (!entityId || entityId.length > 100)
    throw new AppError('invalidChoice', 400, { field: 'entityId', value: entityId });
  if (!isUuid(fileId)) throw notFound();
  return db.transaction(async (tx) => {
    const [file] = await tx.select({ id: files.id }).from(files).where(eq(files.id, fileId));
    if (!file) throw notFound();
    const where = and(eq(attachments.entityType, entityType), eq(attachments.entityId, entityId));
    const [existing] = await tx
      .select()
      .from(attachments)
      .where(and(where, eq(attachments.fileId, fileId)));
    if (existing) return existing;
    let position = input.position;
    if (position === undefined) {
      const [last] = await tx
        .select({ max: sql<number | null>`max(${attachments.position})` })
        .from(attachments)
        .where(where);
      position = last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1;
    }
    const [row] = await tx.insert(attachments).values({ fileId, entityType, entityId, position }).returning();
    if (!row) throw new Error('attachment not inserted');
    await recordAudit(tx, { actorId, action: 'file.attach', entityType, entityId, after: row, requestId });
    return row;
  });
}
