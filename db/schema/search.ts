import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';

/**
 * Every stem that public content holds, for typo tolerance: a query word found nowhere is matched to
 * its nearest stems by trigram similarity. Filled by the content index's sync path; a stem whose
 * items are gone stays (it then simply finds nothing), so the table only grows with new words.
 */
export const searchTerms = pgTable('search_terms', { term: text('term').primaryKey() }, (t) => [
  index('search_terms_trgm_idx').using('gin', t.term.op('gin_trgm_ops')),
]);

/**
 * The bilingual vocabulary of GCM terms: a query naming one of these terms (in either language) also
 * searches the others and the content tagged with its objectives and principles ("also searched").
 * Seeded from data/reference/search-vocabulary.json (new keys only); a secretariat edits it.
 */
export const searchVocabulary = pgTable('search_vocabulary', {
  key: text('key').primaryKey(),
  ar: text('ar').array().notNull().default(sql`'{}'::text[]`),
  en: text('en').array().notNull().default(sql`'{}'::text[]`),
  objectives: integer('objectives').array().notNull().default(sql`'{}'::integer[]`),
  principles: text('principles').array().notNull().default(sql`'{}'::text[]`),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  /**
   * Removed by a secretariat: search no longer reads it. Kept as a row so the start-up seed (which
   * adds only keys the table lacks) does not bring a removed term back; adding its key again revives it.
   */
  removedAt: timestamp('removed_at', { withTimezone: true }),
});
