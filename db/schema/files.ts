import {
  bigint,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';

/**
 * One uploaded file. The bytes live in file storage (DATA_DIR/files or S3) under storage_key, a
 * random id; original_name is the name as the user gave it (shown inside <bdi>, used only in the
 * download's Content-Disposition); content_type is what the bytes were sniffed to be.
 */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    storageKey: text('storage_key').notNull(),
    originalName: text('original_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    /** Hex SHA-256 of the bytes. */
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('files_storage_key_unique').on(t.storageKey),
    index('files_uploaded_by_idx').on(t.uploadedBy),
  ],
);

/**
 * Files attached to any content (reviews, pledges, progress updates, …), with the same
 * entity_type / entity_id convention as the tagging tables: the content type's key and its id as text.
 */
export const attachments = pgTable(
  'attachments',
  {
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id, { onDelete: 'cascade' }),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.entityType, t.entityId, t.fileId] }),
    index('attachments_file_idx').on(t.fileId),
  ],
);
