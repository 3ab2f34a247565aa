import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { timestamps, version } from './columns';
import type { CompiledSynthesis, SynthesisNarrative } from './review-synthesis-types';
import { reviewCycles } from './reviews';

export const synthesisStatuses = ['draft', 'published'] as const;
export type SynthesisStatus = (typeof synthesisStatuses)[number];

/**
 * The regional synthesis report of a review cycle. Each cycle has one draft row (the narrative the
 * secretariat is writing, no number, no frozen data: its compiled parts are compiled live from the
 * published reviews) and any number of published versions, numbered 1, 2, … per cycle, each
 * freezing the narrative and the compiled data as they were when published. Published rows never
 * change.
 */
export const reviewSynthesisReports = pgTable(
  'review_synthesis_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => reviewCycles.id, { onDelete: 'cascade' }),
    status: text('status').$type<SynthesisStatus>().notNull(),
    /** 1, 2, … for published versions; null for the draft. */
    number: integer('number'),
    narrative: jsonb('narrative').$type<SynthesisNarrative>().notNull(),
    /** The compiled parts as published; null for the draft. */
    compiled: jsonb('compiled').$type<CompiledSynthesis>(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('review_synthesis_reports_draft_unique').on(t.cycleId).where(sql`${t.status} = 'draft'`),
    uniqueIndex('review_synthesis_reports_number_unique')
      .on(t.cycleId, t.number)
      .where(sql`${t.status} = 'published'`),
    check(
      'review_synthesis_reports_published_frozen',
      sql`(${t.status} = 'draft' and ${t.number} is null and ${t.compiled} is null)
        or (${t.status} = 'published' and ${t.number} >= 1 and ${t.compiled} is not null and ${t.publishedAt} is not null)`,
    ),
  ],
);
