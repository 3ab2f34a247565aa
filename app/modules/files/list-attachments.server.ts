import { and, asc, eq, inArray } from 'drizzle-orm';
import { attachments, files } from '#db/schema/files';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

export interface AttachmentListItem {
  fileId: string;
  /** As the user gave it: render inside <bdi>. */
  originalName: string;
  contentType: string;
  sizeBytes: number;
  position: number;
  attachedAt: Date;
  uploadedBy: string | null;
}

/** The files attached to each of the given entities of one type, in position order. */
export async function listAttachments(input: {
  db?: DbOrTx;
  entityType: string;
  entityIds: string[];
}): Promise<Map<string, AttachmentListItem[]>> {
  const { db = getDb(), entityType, entityIds } = input;
  const out = new Map<string, AttachmentListItem[]>(entityIds.map((id) => [id, []]));
  if (entityIds.length === 0) return out;
  const rows = await db
    .select({
      entityId: attachments.entityId,
      fileId: files.id,
      originalName: files.originalName,
      contentType: files.contentType,
      sizeBytes: files.sizeBytes,
      position: attachments.position,
      attachedAt: attachments.createdAt,
      uploadedBy: files.uploadedBy,
    })
    .from(attachments)
    .innerJoin(files, eq(files.id, attachments.fileId))
    .where(and(eq(attachments.entityType, entityType), inArray(attachments.entityId, entityIds)))
    .orderBy(asc(attachments.position), asc(attachments.createdAt), asc(files.id));
  for (const { entityId, ...item } of rows) out.get(entityId)?.push(item);
  return out;
}
