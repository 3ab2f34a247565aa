import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { timestamps, translated, version } from './columns';
import { countries } from './reference';
import { reviewCycles } from './reviews';

/**
 * The outcome document (key messages) of a regional review cycle, drafted by the cycle's
 * secretariat and commented by its partners. The live text sits on `review_outcomes`; every save
 * adds a row to `review_outcome_versions`; publishing points `published_version` at one of them,
 * so the public page shows that version while the secretariat keeps drafting the next.
 */
export const reviewOutcomes = pgTable('review_outcomes', {
  id: uuid('id').primaryKey().defaultRandom(),
  cycleId: uuid('cycle_id')
    .notNull()
    .unique()
    .references(() => reviewCycles.id, { onDelete: 'cascade' }),
  title: translated('title'),
  /** Plain text; paragraphs separated by blank lines. */
  body: translated('body'),
  /** Number of the latest saved version (review_outcome_versions). */
  latestVersion: integer('latest_version').notNull().default(0),
  /** Number of the version shown publicly; null while nothing is published. */
  publishedVersion: integer('published_version'),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  isSample: boolean('is_sample').notNull().default(false),
  version: version(),
  ...timestamps(),
});

export const reviewOutcomeVersions = pgTable(
  'review_outcome_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    outcomeId: uuid('outcome_id')
      .notNull()
      .references(() => reviewOutcomes.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    title: translated('title'),
    body: translated('body'),
    /**
     * The identifiers of the version's paragraphs in document order (app/platform/text/
     * document-paragraphs.ts): they survive corrections and insertions, so citations hold. Empty for
     * versions saved before they were kept (read by position).
     */
    paragraphIds: text('paragraph_ids').array().notNull().default(sql`'{}'::text[]`),
    savedBy: uuid('saved_by').references(() => users.id, { onDelete: 'set null' }),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('review_outcome_versions_number_unique').on(t.outcomeId, t.number)],
);

/** A partner's comment on one version of the outcome document (never public). */
export const reviewOutcomeComments = pgTable(
  'review_outcome_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    outcomeId: uuid('outcome_id')
      .notNull()
      .references(() => reviewOutcomes.id, { onDelete: 'cascade' }),
    /** The version the partner read when commenting. */
    versionNumber: integer('version_number').notNull(),
    /** The paragraph commented on (its identifier in that version); null for the whole document. */
    paragraphId: text('paragraph_id'),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('review_outcome_comments_outcome_idx').on(t.outcomeId, t.createdAt)],
);

/**
 * Submission reminders already sent: one row per cycle, state, reminder (days before the deadline)
 * and recipient, written in the transaction that queues the mail, so each reminder goes out once
 * (a job's dedupe key only covers queued and running jobs).
 */
export const reviewRemindersSent = pgTable(
  'review_reminders_sent',
  {
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => reviewCycles.id, { onDelete: 'cascade' }),
    countryIso3: text('country_iso3')
      .notNull()
      .references(() => countries.iso3),
    daysBefore: integer('days_before').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.countryIso3, t.daysBefore, t.userId] })],
);
