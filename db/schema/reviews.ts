import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, users } from './accounts';
import { type Locale, originalLanguage, type Translated, timestamps, translated, version } from './columns';
import { countries, objectives, regions } from './reference';
import type {
  CycleStatus,
  MilestoneKind,
  ObjectiveStatus,
  ReviewKind,
  ReviewStatus,
  SectionField,
  SectionKind,
  TemplateStatus,
} from './review-values';

/**
 * National and regional reviews (GCM §48–50): guidance templates, regional review cycles, and the
 * voluntary national / parallel reviews written for them. Reviews are tagged with the objectives they
 * report on through the shared tagging tables (entity_type 'review'); files attach through the
 * shared attachments table (entity_type 'review').
 */
export * from './review-values';

/**
 * One version of a guidance template. Versions of the same template share family_id (the first
 * version's id); a cycle pins one version, and editing a published version creates the next one.
 */
export const reviewTemplates = pgTable(
  'review_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    familyId: uuid('family_id').notNull(),
    versionNumber: integer('version_number').notNull(),
    title: translated('title'),
    description: translated('description'),
    status: text('status').$type<TemplateStatus>().notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('review_templates_family_version_unique').on(t.familyId, t.versionNumber)],
);

export const reviewTemplateSections = pgTable(
  'review_template_sections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    templateId: uuid('template_id')
      .notNull()
      .references(() => reviewTemplates.id, { onDelete: 'cascade' }),
    /** Stable across versions ("introduction", "objective-7"), so answers and syntheses line up. */
    key: text('key').notNull(),
    position: integer('position').notNull(),
    kind: text('kind').$type<SectionKind>().notNull(),
    objective: integer('objective').references(() => objectives.number),
    title: translated('title'),
    guidance: translated('guidance'),
    required: boolean('required').notNull().default(false),
    fields: text('fields').array().$type<SectionField[]>().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    uniqueIndex('review_template_sections_key_unique').on(t.templateId, t.key),
    index('review_template_sections_position_idx').on(t.templateId, t.position),
    check(
      'review_template_sections_objective_kind',
      sql`(${t.kind} = 'objective') = (${t.objective} is not null)`,
    ),
  ],
);

/** A regional review cycle run by a regional secretariat for the states of its region. */
export const reviewCycles = pgTable(
  'review_cycles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id),
    title: translated('title'),
    description: translated('description'),
    /** The partners running the cycle as the secretariat writes them (e.g. LAS, ESCWA, IOM). */
    partners: translated('partners'),
    templateId: uuid('template_id').references(() => reviewTemplates.id, { onDelete: 'restrict' }),
    status: text('status').$type<CycleStatus>().notNull().default('draft'),
    submissionDeadline: date('submission_deadline', { mode: 'string' }),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('review_cycles_region_idx').on(t.regionId, t.status)],
);

/** The member states in scope of a cycle (for the Arab region: the 22 LAS members). */
export const reviewCycleStates = pgTable(
  'review_cycle_states',
  {
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => reviewCycles.id, { onDelete: 'cascade' }),
    countryIso3: text('country_iso3')
      .notNull()
      .references(() => countries.iso3),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.countryIso3] }),
    index('review_cycle_states_country_idx').on(t.countryIso3),
  ],
);

export const reviewMilestones = pgTable(
  'review_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => reviewCycles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind').$type<MilestoneKind>().notNull(),
    title: translated('title'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    location: translated('location'),
    /** A consultation's summary, published on the cycle's contributions page once written. */
    summary: translated('summary'),
  },
  (t) => [
    index('review_milestones_cycle_idx').on(t.cycleId, t.startsOn),
    check('review_milestones_dates_order', sql`${t.endsOn} is null or ${t.startsOn} <= ${t.endsOn}`),
  ],
);

/**
 * A state's voluntary national review (kind national: country set, one per cycle and state) or a
 * stakeholder organisation's parallel review (kind parallel: organisation set, country optional).
 */
export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => reviewCycles.id, { onDelete: 'restrict' }),
    kind: text('kind').$type<ReviewKind>().notNull(),
    countryIso3: text('country_iso3').references(() => countries.iso3),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'restrict' }),
    title: translated('title'),
    originalLanguage: originalLanguage(),
    /** A parallel review may be written free-form (one section) instead of on the template. */
    freeForm: boolean('free_form').notNull().default(false),
    /**
     * The objectives a free-form parallel review is about (it has no objective sections): as its
     * authors tagged them, and those the secretariat added; the review is tagged with both.
     */
    objectivesTagged: integer('objectives_tagged')
      .array()
      .$type<number[]>()
      .notNull()
      .default(sql`'{}'::integer[]`),
    objectivesAdded: integer('objectives_added')
      .array()
      .$type<number[]>()
      .notNull()
      .default(sql`'{}'::integer[]`),
    status: text('status').$type<ReviewStatus>().notNull().default('drafting'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Number of the latest submitted version (review_versions), 0 before the first submission. */
    submittedVersions: integer('submitted_versions').notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    check(
      'reviews_kind_owner',
      sql`(${t.kind} = 'national' and ${t.countryIso3} is not null and ${t.organisationId} is null)
        or (${t.kind} = 'parallel' and ${t.organisationId} is not null)`,
    ),
    check('reviews_free_form_parallel', sql`not ${t.freeForm} or ${t.kind} = 'parallel'`),
    uniqueIndex('reviews_national_unique').on(t.cycleId, t.countryIso3).where(sql`${t.kind} = 'national'`),
    index('reviews_cycle_idx').on(t.cycleId, t.status),
    index('reviews_country_idx').on(t.countryIso3, t.status),
    index('reviews_organisation_idx').on(t.organisationId),
  ],
);

/** Co-editors a focal point invited (colleagues in other ministries); focal points edit by their role. */
export const reviewEditors = pgTable(
  'review_editors',
  {
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.userId] }), index('review_editors_user_idx').on(t.userId)],
);

/** The answer to one template section; each section is versioned on its own so co-editors rarely collide. */
export const reviewSections = pgTable(
  'review_sections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    sectionKey: text('section_key').notNull(),
    body: translated('body'),
    objectiveStatus: text('objective_status').$type<ObjectiveStatus>(),
    measures: translated('measures'),
    partners: translated('partners'),
    /** SDG target codes ('10.7', '10.c') from data/reference/sdg-targets.json, in reference order. */
    sdgTargets: text('sdg_targets').array().notNull().default(sql`'{}'::text[]`),
    /**
     * Free text about SDG targets kept from before they were chosen from the list (migration 0025):
     * what the old field held when part of it was not a known code. Shown as written; never new.
     */
    sdgTargetsNote: text('sdg_targets_note'),
    dataAvailable: translated('data_available'),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('review_sections_key_unique').on(t.reviewId, t.sectionKey)],
);

/** Internal discussion of a section among the review's editors (never public). */
export const reviewComments = pgTable(
  'review_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    sectionKey: text('section_key').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('review_comments_section_idx').on(t.reviewId, t.sectionKey, t.createdAt)],
);

/** The frozen text of a review at one submission, so versions can be compared. */
export interface ReviewSnapshot {
  title: Translated;
  originalLanguage: Locale;
  sections: {
    key: string;
    body: Translated;
    objectiveStatus: ObjectiveStatus | null;
    measures: Translated;
    partners: Translated;
    sdgTargets: string[];
    sdgTargetsNote: string | null;
    dataAvailable: Translated;
  }[];
  attachments: { fileId: string; name: string }[];
}

export const reviewVersions = pgTable(
  'review_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    snapshot: jsonb('snapshot').$type<ReviewSnapshot>().notNull(),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('review_versions_number_unique').on(t.reviewId, t.number)],
);

export const reviewTransitions = pgTable(
  'review_transitions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status').$type<ReviewStatus>().notNull(),
    toStatus: text('to_status').$type<ReviewStatus>().notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** The secretariat's comment when returning (shown to the editors). */
    comment: text('comment'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('review_transitions_review_idx').on(t.reviewId, t.at)],
);
