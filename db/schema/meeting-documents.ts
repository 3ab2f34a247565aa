import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { timestamps, translated, version } from './columns';
import type { MeetingDocumentKind, MeetingDocumentStatus } from './meeting-document-values';
import { meetingSessions, meetings } from './meetings';

export * from './meeting-document-values';

/**
 * Documents a meeting produces (Progress Declaration, conference outcome, chair's summary, a round
 * table's co-chairs' summary), drafted in versions like a review cycle's outcome document: the live
 * text here, each save a row of meeting_document_versions with its paragraphs' stable identifiers,
 * `published_version` pointing at the adopted one.
 */
export const meetingDocuments = pgTable(
  'meeting_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    /** The round-table session of a co-chairs' summary; null for the meeting's own documents. */
    sessionId: uuid('session_id').references(() => meetingSessions.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<MeetingDocumentKind>().notNull(),
    /** Whether kind is an outcome (declaration, conference outcome): at most one per meeting. */
    isOutcome: boolean('is_outcome').notNull().default(false),
    title: translated('title'),
    /** Plain text; paragraphs separated by blank lines, "---" ends the preamble. */
    body: translated('body'),
    status: text('status').$type<MeetingDocumentStatus>().notNull().default('drafting'),
    /** Last day of the comment period (in the meeting's time zone), while status is comment. */
    commentsCloseOn: date('comments_close_on', { mode: 'string' }),
    latestVersion: integer('latest_version').notNull().default(0),
    publishedVersion: integer('published_version'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('meeting_documents_one_outcome').on(t.meetingId).where(sql`${t.isOutcome}`),
    uniqueIndex('meeting_documents_one_per_session')
      .on(t.sessionId, t.kind)
      .where(sql`${t.sessionId} is not null`),
    index('meeting_documents_meeting_idx').on(t.meetingId),
  ],
);

export const meetingDocumentVersions = pgTable(
  'meeting_document_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => meetingDocuments.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    title: translated('title'),
    body: translated('body'),
    /** Identifiers of the version's paragraphs in document order (app/platform/text/document-paragraphs.ts). */
    paragraphIds: text('paragraph_ids').array().notNull().default(sql`'{}'::text[]`),
    savedBy: uuid('saved_by').references(() => users.id, { onDelete: 'set null' }),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('meeting_document_versions_number_unique').on(t.documentId, t.number)],
);

/** A partner's comment on one version of a meeting document, during its comment period (never public). */
export const meetingDocumentComments = pgTable(
  'meeting_document_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => meetingDocuments.id, { onDelete: 'cascade' }),
    versionNumber: integer('version_number').notNull(),
    /** The paragraph commented on (its identifier in that version); null for the whole document. */
    paragraphId: text('paragraph_id'),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meeting_document_comments_document_idx').on(t.documentId, t.createdAt)],
);
