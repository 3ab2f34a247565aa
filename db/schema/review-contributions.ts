import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { originalLanguage, timestamps, translated, version } from './columns';
import type { ContributionKind } from './review-contribution-values';
import { reviewCycles } from './reviews';

export * from './review-contribution-values';

/**
 * A contribution to a regional review recorded by its secretariat: a consultative process's
 * statement (e.g. the ARCP's), a parliament's, a UN agency's, a regional network's, or the outcome of
 * a stakeholder consultation — who, what kind, when it was received, its text and/or a file
 * (attachments, entity_type 'review_contribution'), and the objectives it speaks to. The synthesis
 * quotes it per objective.
 */
export const reviewContributions = pgTable(
  'review_contributions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => reviewCycles.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ContributionKind>().notNull(),
    /** Who sent it, as the secretariat writes it ("Arab Regional Consultative Process"). */
    contributor: translated('contributor'),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    text: translated('text'),
    originalLanguage: originalLanguage(),
    objectives: integer('objectives').array().$type<number[]>().notNull().default(sql`'{}'::integer[]`),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('review_contributions_cycle_idx').on(t.cycleId, t.receivedOn)],
);
