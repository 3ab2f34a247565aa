import { sql } from 'drizzle-orm';
import { boolean, check, date, index, numeric, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { originalLanguage, timestamps, translated, version } from './columns';
import { programmes } from './funding';
import type { IndicatorMeasure, ResultType } from './funding-results-values';

/**
 * A joint programme's results framework in the shape donors know from IATI: results → indicators
 * (with their baseline) → periods (target and actual), and the programme's progress reports (one per
 * reporting period, versioned). Every row carries a version; a stale save is refused.
 */
export * from './funding-results-values';

export const programmeResults = pgTable(
  'programme_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    type: text('type').$type<ResultType>().notNull(),
    title: translated('title'),
    description: translated('description'),
    originalLanguage: originalLanguage(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('programme_results_programme_idx').on(t.programmeId, t.createdAt)],
);

/** An indicator of a result; IATI keeps the baseline on the indicator (value and the date measured). */
export const resultIndicators = pgTable(
  'result_indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    resultId: uuid('result_id')
      .notNull()
      .references(() => programmeResults.id, { onDelete: 'cascade' }),
    title: translated('title'),
    originalLanguage: originalLanguage(),
    measure: text('measure').$type<IndicatorMeasure>().notNull(),
    /** Up is better (IATI @ascending); a falling indicator (deaths, delays) is false. */
    ascending: boolean('ascending').notNull().default(true),
    baselineValue: numeric('baseline_value', { precision: 18, scale: 4, mode: 'number' }).notNull(),
    baselineDate: date('baseline_date', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('result_indicators_result_idx').on(t.resultId, t.createdAt)],
);

/** A reporting period of an indicator: its target and, once it has begun, its actual value. */
export const indicatorPeriods = pgTable(
  'indicator_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => resultIndicators.id, { onDelete: 'cascade' }),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    targetValue: numeric('target_value', { precision: 18, scale: 4, mode: 'number' }).notNull(),
    actualValue: numeric('actual_value', { precision: 18, scale: 4, mode: 'number' }),
    /** What the actual value rests on (a survey, the programme's records). */
    actualComment: text('actual_comment'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    check('indicator_periods_dates_order', sql`${t.periodStart} <= ${t.periodEnd}`),
    uniqueIndex('indicator_periods_start_unique').on(t.indicatorId, t.periodStart),
  ],
);

/** A progress report of a programme for one reporting period; edits bump its version (audit keeps each). */
export const progressReports = pgTable(
  'progress_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    summary: translated('summary'),
    originalLanguage: originalLanguage(),
    /** Where the full report is (an address), if published elsewhere. */
    documentUrl: text('document_url'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    check('progress_reports_dates_order', sql`${t.periodStart} <= ${t.periodEnd}`),
    uniqueIndex('progress_reports_period_unique').on(t.programmeId, t.periodStart, t.periodEnd),
  ],
);
