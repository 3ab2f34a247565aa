import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * A citation of one paragraph of a published document (a regional review's outcome, later a
 * declaration) by another piece of content (a pledge, later a review or a statement): the
 * paragraph page lists what cites it. The paragraph is named by its stable identifier (eId), so a
 * citation survives new versions of the document. Rows belong to the citing item: they are
 * replaced when it is saved and go with it.
 */
export const paragraphCitations = pgTable(
  'paragraph_citations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentType: text('document_type').notNull(),
    documentId: uuid('document_id').notNull(),
    eId: text('e_id').notNull(),
    citingType: text('citing_type').notNull(),
    citingId: uuid('citing_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('paragraph_citations_unique').on(
      t.citingType,
      t.citingId,
      t.documentType,
      t.documentId,
      t.eId,
    ),
    index('paragraph_citations_paragraph_idx').on(t.documentType, t.documentId, t.eId),
  ],
);
