import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, users } from './accounts';
import { originalLanguage, timestamps, translated, version } from './columns';
import { files } from './files';
import type {
  ConflictState,
  ExtractionState,
  ResourceAudience,
  ResourceLicence,
  ResourceStatus,
  ResourceType,
  ReviewCriterion,
  ReviewerGender,
  ReviewRecommendation,
} from './hub-values';
import { regions } from './reference';

export * from './hub-values';

/**
 * Knowledge resources of the Migration Network Hub, peer reviewed before they are published.
 * Objectives, principles, countries and regions (the geographic scope) are tagged through the shared
 * tagging tables with entity_type 'hub_resource'; `is_global` marks a scope of the whole world.
 */
export const hubResources = pgTable(
  'hub_resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The id in the library it was imported from, for idempotent import. */
    externalId: text('external_id'),
    /** SHA-256 of the manifest row and its file at the last import: an equal hash means unchanged. */
    importHash: text('import_hash'),
    /** The version the last import left; a later edit in Marsad makes the import refuse the row. */
    importedVersion: integer('imported_version'),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    /** The organisation the submitter speaks for: its members may not review the resource. */
    submitterOrganisationId: uuid('submitter_organisation_id').references(() => organisations.id, {
      onDelete: 'set null',
    }),
    title: translated('title'),
    abstract: translated('abstract'),
    originalLanguage: originalLanguage(),
    documentLanguages: text('document_languages').array().notNull().default(sql`'{}'::text[]`),
    type: text('type').$type<ResourceType>().notNull(),
    publisher: text('publisher').notNull(),
    authors: text('authors').array().notNull().default(sql`'{}'::text[]`),
    publicationDate: date('publication_date', { mode: 'string' }),
    audiences: text('audiences').array().$type<ResourceAudience[]>().notNull().default(sql`'{}'::text[]`),
    isGlobal: boolean('is_global').notNull().default(false),
    licence: text('licence').$type<ResourceLicence>().notNull(),
    url: text('url'),
    fileId: uuid('file_id').references(() => files.id, { onDelete: 'set null' }),
    /** Text extracted from the file for search (bounded worker); null when none or unreadable. */
    extractedText: text('extracted_text'),
    extraction: text('extraction').$type<ExtractionState>().notNull().default('none'),
    status: text('status').$type<ResourceStatus>().notNull().default('submitted'),
    /** Review round: 1 at submission, +1 each time a revised resource is sent again. */
    round: integer('round').notNull().default(1),
    decisionComment: text('decision_comment'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('hub_resources_external_id_unique').on(t.externalId),
    index('hub_resources_status_idx').on(t.status, t.publishedAt),
    // The content index keys items by text: a page of index rows finds its resources through this.
    index('hub_resources_id_text_idx').on(sql`(${t.id}::text)`),
    index('hub_resources_submitted_by_idx').on(t.submittedBy),
  ],
);

/**
 * The roster of peer reviewers: what a panel is balanced on (internal to the UN or not, region,
 * gender, languages, objectives of expertise) and the organisation they may not review for.
 */
export const hubReviewers = pgTable(
  'hub_reviewers',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** A UN staff member (internal) or not (external). */
    internal: boolean('internal').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id),
    gender: text('gender').$type<ReviewerGender>().notNull().default('undisclosed'),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    objectives: integer('objectives').array().notNull().default(sql`'{}'::integer[]`),
    active: boolean('active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [index('hub_reviewers_region_idx').on(t.regionId)],
);

/**
 * A reviewer on a resource's panel for one round. The reviewer answers the conflict-of-interest
 * question first (not asked → none / declared with text); a declared conflict blocks the review and the
 * editor may replace the reviewer (replaced_at set, the row kept for the record). `tie_break` marks a
 * reviewer added because the panel disagreed.
 */
export const hubReviewAssignments = pgTable(
  'hub_review_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => hubResources.id, { onDelete: 'cascade' }),
    round: integer('round').notNull(),
    reviewerId: uuid('reviewer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    assignedBy: uuid('assigned_by').references(() => users.id, { onDelete: 'set null' }),
    tieBreak: boolean('tie_break').notNull().default(false),
    conflict: text('conflict').$type<ConflictState>().notNull().default('not_asked'),
    conflictText: text('conflict_text'),
    conflictAnsweredAt: timestamp('conflict_answered_at', { withTimezone: true }),
    scores: jsonb('scores').$type<Partial<Record<ReviewCriterion, number>>>().notNull().default({}),
    recommendation: text('recommendation').$type<ReviewRecommendation>(),
    comments: text('comments'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    replacedAt: timestamp('replaced_at', { withTimezone: true }),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    index('hub_review_assignments_resource_idx').on(t.resourceId, t.round),
    index('hub_review_assignments_reviewer_idx').on(t.reviewerId, t.submittedAt),
    uniqueIndex('hub_review_assignments_active_unique')
      .on(t.resourceId, t.round, t.reviewerId)
      .where(sql`${t.replacedAt} is null`),
  ],
);
