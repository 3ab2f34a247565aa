import { eq } from 'drizzle-orm';
import { attachments, files } from '#db/schema/files';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import type { FileRow } from './store-upload.server';

export interface FileForDownload {
  file: FileRow;
  /** Where the file is attached, so the route's permission check can look at that content. */
  attachments: { entityType: string; entityId: string }[];
}

/** The file row and its attachments, or null when there is no such file (or the id is malformed). */
export async function getFileForDownload(input: {
  db?: DbOrTx;
  fileId: string;
}): Promise<FileForDownload | null> {
  const { db = getDb(), fileId } = input;
  if (!isUuid(fileId)) return null;
  const [file] = await db.select().from(files).where(eq(files.id, fileId));
  if (!file) return null;
  const attached = await db
    .select({ entityType: attachments.entityType, entityId: attachments.entityId })
    .from(attachments)
    .where(eq(attachments.fileId, fileId));
  return { file, attachments: attached };
}
