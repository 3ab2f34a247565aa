import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  char,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, users } from './accounts';
import { originalLanguage, timestamps, translated, version } from './columns';
import type {
  ImplementationStatus,
  PledgeForm,
  PledgeKind,
  PledgeLevel,
  PledgerCategory,
  PledgeStatus,
} from './pledge-values';
import { countries } from './reference';

/**
 * Pledges (GCM pledging platform): measurable commitments by a state (its focal points) or an
 * organisation (its members). Objectives, principles, countries and regions are tagged through the
 * shared tagging tables with entity_type 'pledge' (db/schema/tagging.ts), never here.
 */
export * from './pledge-values';

export const pledges = pgTable(
  'pledges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The id in a source system, for idempotent import. */
    externalId: text('external_id'),
    /** The pledger: an organisation or a state, exactly one. */
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'restrict' }),
    countryIso3: text('country_iso3').references(() => countries.iso3),
    /**
     * The organisation pledger's category (pledgerCategories); null for a state (always 'state')
     * and for pledges that named none (pledgerCategoryOf derives one from the organisation).
     */
    pledgerCategory: text('pledger_category').$type<PledgerCategory>(),
    /** SDG target codes ('10.7', '10.c') from data/reference/sdg-targets.json, in reference order. */
    sdgTargets: text('sdg_targets').array().notNull().default(sql`'{}'::text[]`),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    title: translated('title'),
    description: translated('description'),
    originalLanguage: originalLanguage(),
    kind: text('kind').$type<PledgeKind>().notNull(),
    matchesPledgeId: uuid('matches_pledge_id').references((): AnyPgColumn => pledges.id, {
      onDelete: 'set null',
    }),
    forms: text('forms').array().$type<PledgeForm[]>().notNull().default(sql`'{}'::text[]`),
    financialAmount: numeric('financial_amount', { precision: 18, scale: 2, mode: 'number' }),
    financialCurrency: char('financial_currency', { length: 3 }),
    level: text('level').$type<PledgeLevel>().notNull(),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    status: text('status').$type<PledgeStatus>().notNull().default('draft'),
    refugeeOnly: boolean('refugee_only').notNull().default(false),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Reported-on date of the latest progress update (freshness without a subquery). */
    lastProgressOn: date('last_progress_on', { mode: 'string' }),
    isSample: boolean('is_sample').notNull().default(false),
    /**
     * Copies of the pledge's tags, for the registry's filters (GIN indexes) and the dashboard. The
     * tagging tables stay the single source: database triggers on them keep these in step whoever
     * writes the tags (migration 0009_pledge_tag_copies, with the index on id::text they use;
     * tests/pledges-import-tag-copies.test.ts).
     * The import writes the values the triggers would compute, so they need not rewrite its rows.
     */
    taggedObjectives: integer('tagged_objectives').array().notNull().default(sql`'{}'::integer[]`),
    taggedPrinciples: text('tagged_principles').array().notNull().default(sql`'{}'::text[]`),
    taggedCountries: text('tagged_countries').array().notNull().default(sql`'{}'::text[]`),
    taggedRegions: text('tagged_regions').array().notNull().default(sql`'{}'::text[]`),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('pledges_external_id_unique').on(t.externalId),
    check('pledges_one_pledger', sql`(${t.organisationId} is null) <> (${t.countryIso3} is null)`),
    check(
      'pledges_financial_pair',
      sql`(${t.financialAmount} is null) = (${t.financialCurrency} is null) and (${t.financialAmount} is null or ${t.financialAmount} > 0)`,
    ),
    check(
      'pledges_dates_order',
      sql`${t.startDate} is null or ${t.endDate} is null or ${t.startDate} <= ${t.endDate}`,
    ),
    index('pledges_status_idx').on(t.status, t.publishedAt),
    index('pledges_country_idx').on(t.countryIso3, t.status),
    index('pledges_organisation_idx').on(t.organisationId, t.status),
    index('pledges_published_at_idx').on(t.publishedAt),
    // The registry's and the API's default order over the public statuses (listPledges): the first
    // page reads its rows from here instead of sorting every public pledge.
    index('pledges_public_newest_idx')
      .on(t.publishedAt.desc().nullsLast(), t.id.desc().nullsFirst())
      .where(sql`${t.status} in ('published', 'closed')`),
    index('pledges_matches_idx').on(t.matchesPledgeId),
    index('pledges_tagged_objectives_idx').using('gin', t.taggedObjectives),
    index('pledges_tagged_principles_idx').using('gin', t.taggedPrinciples),
    index('pledges_tagged_countries_idx').using('gin', t.taggedCountries),
    index('pledges_tagged_regions_idx').using('gin', t.taggedRegions),
  ],
);

export const pledgeIndicators = pgTable(
  'pledge_indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pledgeId: uuid('pledge_id')
      .notNull()
      .references(() => pledges.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: translated('name'),
    unit: text('unit').notNull(),
    baseline: numeric('baseline', { mode: 'number' }),
    target: numeric('target', { mode: 'number' }).notNull(),
    dueDate: date('due_date', { mode: 'string' }),
  },
  (t) => [uniqueIndex('pledge_indicators_position_unique').on(t.pledgeId, t.position)],
);

/** Partner organisations or states of a pledge made in partnership; each confirms its part. */
export const pledgePartners = pgTable(
  'pledge_partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pledgeId: uuid('pledge_id')
      .notNull()
      .references(() => pledges.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    countryIso3: text('country_iso3').references(() => countries.iso3),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedBy: uuid('confirmed_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('pledge_partners_one_partner', sql`(${t.organisationId} is null) <> (${t.countryIso3} is null)`),
    uniqueIndex('pledge_partners_organisation_unique').on(t.pledgeId, t.organisationId),
    uniqueIndex('pledge_partners_country_unique').on(t.pledgeId, t.countryIso3),
    index('pledge_partners_organisation_idx').on(t.organisationId),
    index('pledge_partners_country_idx').on(t.countryIso3),
  ],
);

export const pledgeTransitions = pgTable(
  'pledge_transitions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    pledgeId: uuid('pledge_id')
      .notNull()
      .references(() => pledges.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status').$type<PledgeStatus>().notNull(),
    toStatus: text('to_status').$type<PledgeStatus>().notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    comment: text('comment'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pledge_transitions_pledge_idx').on(t.pledgeId, t.at)],
);

export const pledgeUpdates = pgTable(
  'pledge_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pledgeId: uuid('pledge_id')
      .notNull()
      .references(() => pledges.id, { onDelete: 'cascade' }),
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    status: text('status').$type<ImplementationStatus>().notNull(),
    narrative: translated('narrative'),
    originalLanguage: originalLanguage(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pledge_updates_pledge_idx').on(t.pledgeId, t.reportedOn)],
);

export const pledgeUpdateValues = pgTable(
  'pledge_update_values',
  {
    updateId: uuid('update_id')
      .notNull()
      .references(() => pledgeUpdates.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => pledgeIndicators.id, { onDelete: 'cascade' }),
    value: numeric('value', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.updateId, t.indicatorId] }),
    index('pledge_update_values_indicator_idx').on(t.indicatorId),
  ],
);
