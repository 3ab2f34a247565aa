import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
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
import { originalLanguage, type Translated, timestamps, translated, version } from './columns';
import type { ActionStatus, PlanStatus } from './plan-values';
import { countries } from './reference';

/**
 * National implementation plans (NIPs): a state's actions to implement the GCM, kept by its focal
 * points. A country may have several plans over time; the public sees published ones, the newest
 * period first. Objectives and principles of an action are tagged through the shared tagging
 * tables with entity_type 'plan_action' (db/schema/tagging.ts), never here.
 */
export * from './plan-values';

export const implementationPlans = pgTable(
  'implementation_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countryIso3: text('country_iso3')
      .notNull()
      .references(() => countries.iso3),
    title: translated('title'),
    summary: translated('summary'),
    originalLanguage: originalLanguage(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    /** The day the government adopted the plan, when known. */
    adoptedOn: date('adopted_on', { mode: 'string' }),
    status: text('status').$type<PlanStatus>().notNull().default('draft'),
    /** When it was last published (kept while unpublished, for the record). */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    check('implementation_plans_period_order', sql`${t.periodStart} <= ${t.periodEnd}`),
    index('implementation_plans_country_idx').on(t.countryIso3, t.status, t.periodStart),
  ],
);

export const planActions = pgTable(
  'plan_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => implementationPlans.id, { onDelete: 'cascade' }),
    /** Order in the plan (1, 2, …); new actions go last. */
    position: integer('position').notNull(),
    title: translated('title'),
    description: translated('description'),
    originalLanguage: originalLanguage(),
    /** The ministry or agency that leads the action, in one or both languages. */
    leadEntity: translated('lead_entity'),
    /** Partner entities, as written, in one or both languages ({} when none). */
    partners: translated('partners'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    budgetAmount: numeric('budget_amount', { precision: 18, scale: 2, mode: 'number' }),
    budgetCurrency: char('budget_currency', { length: 3 }),
    /** One indicator per action, optional: name, unit, baseline and target all set or all empty. */
    indicatorName: translated('indicator_name'),
    /** The indicator's unit in one or both languages; null when the action has no indicator. */
    indicatorUnit: jsonb('indicator_unit').$type<Translated>(),
    indicatorBaseline: numeric('indicator_baseline', { mode: 'number' }),
    indicatorTarget: numeric('indicator_target', { mode: 'number' }),
    status: text('status').$type<ActionStatus>().notNull().default('planned'),
    /** SDG target codes ('10.7', '10.c') from data/reference/sdg-targets.json, in reference order. */
    sdgTargets: text('sdg_targets').array().notNull().default(sql`'{}'::text[]`),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    check('plan_actions_dates_order', sql`${t.startDate} <= ${t.endDate}`),
    check(
      'plan_actions_budget_pair',
      sql`(${t.budgetAmount} is null) = (${t.budgetCurrency} is null) and (${t.budgetAmount} is null or ${t.budgetAmount} > 0)`,
    ),
    check(
      'plan_actions_indicator_complete',
      sql`(${t.indicatorUnit} is null) = (${t.indicatorTarget} is null) and (${t.indicatorUnit} is null) = (${t.indicatorBaseline} is null)`,
    ),
    uniqueIndex('plan_actions_position_unique').on(t.planId, t.position),
  ],
);

/** Dated progress reports on an action: its status then, the indicator's value then, what was done. */
export const planActionUpdates = pgTable(
  'plan_action_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actionId: uuid('action_id')
      .notNull()
      .references(() => planActions.id, { onDelete: 'cascade' }),
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    status: text('status').$type<ActionStatus>().notNull(),
    /** The indicator's value on that day; null when the action has no indicator or none was measured. */
    value: numeric('value', { mode: 'number' }),
    narrative: translated('narrative'),
    originalLanguage: originalLanguage(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plan_action_updates_action_idx').on(t.actionId, t.reportedOn)],
);
