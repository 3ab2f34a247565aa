import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  char,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { originalLanguage, timestamps, translated, version } from './columns';
import type { ConceptNoteStatus, ProgrammeStatus } from './funding-values';
import { countries, regions, thematicAreas } from './reference';

/**
 * The Migration Multi-Partner Trust Fund: concept notes and their pipeline, the steering committee's
 * decisions, joint programmes with their transfers, and donors' contributions. Objectives of notes and
 * programmes are tagged through the shared tagging tables (entity types 'concept_note', 'programme').
 */
export * from './funding-values';

/** A steering committee meeting's decisions; pipeline moves it made point here. */
export const steeringDecisions = pgTable(
  'steering_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    summary: translated('summary'),
    originalLanguage: originalLanguage(),
    /** Where the meeting's documents are (an address), one per line. */
    documents: text('documents').array().notNull().default(sql`'{}'::text[]`),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('steering_decisions_date_idx').on(t.decidedOn)],
);

export const conceptNotes = pgTable(
  'concept_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: translated('title'),
    summary: translated('summary'),
    originalLanguage: originalLanguage(),
    /** The submitting government's state, or a region for a regional note: exactly one. */
    countryIso3: text('country_iso3').references(() => countries.iso3),
    regionId: text('region_id').references(() => regions.id),
    thematicAreaId: integer('thematic_area_id')
      .notNull()
      .references(() => thematicAreas.id),
    unOrganisations: text('un_organisations').array().notNull().default(sql`'{}'::text[]`),
    governmentEntities: text('government_entities').array().notNull().default(sql`'{}'::text[]`),
    stakeholders: text('stakeholders').array().notNull().default(sql`'{}'::text[]`),
    budgetRequestedUsd: numeric('budget_requested_usd', {
      precision: 18,
      scale: 2,
      mode: 'number',
    }).notNull(),
    durationMonths: integer('duration_months').notNull(),
    genderMarker: integer('gender_marker').notNull(),
    humanRightsMarker: integer('human_rights_marker').notNull(),
    childSensitivityMarker: integer('child_sensitivity_marker').notNull(),
    status: text('status').$type<ConceptNoteStatus>().notNull().default('submitted'),
    /** Why the steering committee (or the screening) did not select it. */
    notSelectedReason: translated('not_selected_reason'),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    /** When it entered the public pipeline (in_pipeline), for the public list's date. */
    pipelineAt: timestamp('pipeline_at', { withTimezone: true }),
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    check('concept_notes_one_place', sql`(${t.countryIso3} is null) <> (${t.regionId} is null)`),
    check('concept_notes_budget_positive', sql`${t.budgetRequestedUsd} > 0`),
    check('concept_notes_duration_positive', sql`${t.durationMonths} > 0`),
    check(
      'concept_notes_markers_in_scale',
      sql`${t.genderMarker} between 0 and 3 and ${t.humanRightsMarker} between 0 and 3 and ${t.childSensitivityMarker} between 0 and 3`,
    ),
    check(
      'concept_notes_two_government_entities',
      sql`coalesce(array_length(${t.governmentEntities}, 1), 0) >= 2`,
    ),
    index('concept_notes_status_idx').on(t.status),
    index('concept_notes_country_idx').on(t.countryIso3),
  ],
);

export const conceptNoteTransitions = pgTable(
  'concept_note_transitions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    conceptNoteId: uuid('concept_note_id')
      .notNull()
      .references(() => conceptNotes.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status').$type<ConceptNoteStatus>().notNull(),
    toStatus: text('to_status').$type<ConceptNoteStatus>().notNull(),
    decisionId: uuid('decision_id').references(() => steeringDecisions.id, { onDelete: 'set null' }),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    comment: text('comment'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('concept_note_transitions_note_idx').on(t.conceptNoteId, t.at),
    index('concept_note_transitions_decision_idx').on(t.decisionId),
  ],
);

/** A funded joint programme; from a concept note when the pipeline funded it. */
export const programmes = pgTable(
  'programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conceptNoteId: uuid('concept_note_id').references(() => conceptNotes.id, { onDelete: 'restrict' }),
    title: translated('title'),
    summary: translated('summary'),
    originalLanguage: originalLanguage(),
    countryIso3: text('country_iso3').references(() => countries.iso3),
    regionId: text('region_id').references(() => regions.id),
    thematicAreaId: integer('thematic_area_id')
      .notNull()
      .references(() => thematicAreas.id),
    budgetUsd: numeric('budget_usd', { precision: 18, scale: 2, mode: 'number' }).notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    status: text('status').$type<ProgrammeStatus>().notNull().default('active'),
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('programmes_concept_note_unique').on(t.conceptNoteId),
    check('programmes_one_place', sql`(${t.countryIso3} is null) <> (${t.regionId} is null)`),
    check('programmes_budget_positive', sql`${t.budgetUsd} > 0`),
    check('programmes_dates_order', sql`${t.startDate} <= ${t.endDate}`),
    index('programmes_thematic_area_idx').on(t.thematicAreaId),
  ],
);

/** Money the fund transferred to a participating UN organisation for a programme (USD). */
export const programmeTransfers = pgTable(
  'programme_transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    organisation: text('organisation').notNull(),
    amountUsd: numeric('amount_usd', { precision: 18, scale: 2, mode: 'number' }).notNull(),
    transferredOn: date('transferred_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('programme_transfers_amount_positive', sql`${t.amountUsd} > 0`),
    index('programme_transfers_programme_idx').on(t.programmeId),
  ],
);

/**
 * A donor's contribution: the amount in its currency, the USD value with the rate used and its
 * date (so the number can be checked), earmarked to a thematic area or not.
 */
export const fundContributions = pgTable(
  'fund_contributions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    donor: text('donor').notNull(),
    donorCountryIso3: text('donor_country_iso3').references(() => countries.iso3),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    amount: numeric('amount', { precision: 18, scale: 2, mode: 'number' }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    /** US dollars per one unit of the currency, on rateDate. */
    usdRate: numeric('usd_rate', { precision: 18, scale: 8, mode: 'number' }).notNull(),
    rateDate: date('rate_date', { mode: 'string' }).notNull(),
    usdValue: numeric('usd_value', { precision: 18, scale: 2, mode: 'number' }).notNull(),
    earmarkedThematicAreaId: integer('earmarked_thematic_area_id').references(() => thematicAreas.id),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    check(
      'fund_contributions_amount_positive',
      sql`${t.amount} > 0 and ${t.usdRate} > 0 and ${t.usdValue} > 0`,
    ),
    index('fund_contributions_received_idx').on(t.receivedOn),
  ],
);
