import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { timestamps, translated, version } from './columns';
import type {
  Disaggregation,
  IndicatorDisaggregations,
  IndicatorUnit,
  ReportBundleStatus,
} from './indicator-values';
import { countries } from './reference';
import { reviews } from './reviews';

/**
 * GCM indicators: the catalogue the secretariat maintains (seeded as provisional reference data),
 * the values states report per year and breakdown, and the report bundles built for the
 * Secretary-General's biennial report.
 */
export * from './indicator-values';

export const indicators = pgTable(
  'indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** A stable code (provisional ones start with "P-"); never reused. */
    code: text('code').notNull(),
    name: translated('name'),
    definition: translated('definition'),
    objectives: integer('objectives').array().notNull().default(sql`'{}'::integer[]`),
    /** The SDG global indicator it draws on, e.g. "10.7.2" (null when none). */
    sdgIndicator: text('sdg_indicator'),
    unit: text('unit').$type<IndicatorUnit>().notNull(),
    disaggregations: jsonb('disaggregations').$type<IndicatorDisaggregations>().notNull().default([]),
    source: translated('source'),
    /** Not yet an agreed indicator: the proposed list was not available when it was seeded. */
    provisional: boolean('provisional').notNull().default(true),
    position: integer('position').notNull().default(0),
    /**
     * Retired by the secretariat: kept (with its values) for the record, out of the catalogue's
     * reporting forms. An indicator with values is retired, never deleted.
     */
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    version: version(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('indicators_code_key').on(t.code)],
);

export const indicatorValues = pgTable(
  'indicator_values',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    countryIso3: text('country_iso3')
      .notNull()
      .references(() => countries.iso3),
    year: integer('year').notNull(),
    disaggregation: jsonb('disaggregation').$type<Disaggregation>().notNull().default({}),
    /** The breakdown as one sorted text ("sex=female;age_group=15_24" order by dimension list; "" = total). */
    disaggregationKey: text('disaggregation_key').notNull().default(''),
    value: numeric('value', { precision: 24, scale: 6, mode: 'number' }).notNull(),
    sourceNote: translated('source_note'),
    /**
     * The national review the value was reported in (null: reported separately). Such a value is
     * public only once its review is published (indicator-records.server.ts, publicValue).
     */
    reviewId: uuid('review_id').references(() => reviews.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('indicator_values_one_per_cell').on(
      t.indicatorId,
      t.countryIso3,
      t.year,
      t.disaggregationKey,
    ),
    index('indicator_values_country_idx').on(t.countryIso3, t.indicatorId),
    index('indicator_values_review_idx').on(t.reviewId),
  ],
);

export const reportBundles = pgTable(
  'report_bundles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    status: text('status').$type<ReportBundleStatus>().notNull().default('queued'),
    /** Parts done of partsTotal, for the progress shown on the page. */
    partsDone: integer('parts_done').notNull().default(0),
    partsTotal: integer('parts_total').notNull().default(0),
    /** The ZIP in storage once ready. */
    storageKey: text('storage_key'),
    byteSize: integer('byte_size'),
    error: text('error'),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    check('report_bundles_period', sql`${t.periodStart} <= ${t.periodEnd}`),
    index('report_bundles_created_idx').on(t.createdAt),
  ],
);
