import { integer, numeric, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { timestamps, version } from './columns';
import { countries } from './reference';
import type { TrendIndicator } from './review-synthesis-types';
import { reviewCycles } from './reviews';

/**
 * The figures of a cycle's synthesis "migration patterns and trends" section, recorded by the
 * secretariat (one by one or from a CSV): one value per state in the cycle, indicator
 * (trendIndicators) and year, with its source ("UN DESA International Migrant Stock 2024") and an
 * optional address and note. Published syntheses freeze the figures as they were.
 */
export const reviewSynthesisFigures = pgTable(
  'review_synthesis_figures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => reviewCycles.id, { onDelete: 'cascade' }),
    countryIso3: text('country_iso3')
      .notNull()
      .references(() => countries.iso3),
    indicator: text('indicator').$type<TrendIndicator>().notNull(),
    year: integer('year').notNull(),
    value: numeric('value', { precision: 20, scale: 2, mode: 'number' }).notNull(),
    /** The source's name, as published (plain text, any language). */
    source: text('source').notNull(),
    sourceUrl: text('source_url'),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('review_synthesis_figures_key').on(t.cycleId, t.countryIso3, t.indicator, t.year)],
);
