import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { originalLanguage, timestamps, translated, version } from './columns';
import type {
  DigestFrequency,
  DiscussionAudience,
  PostFormat,
  ReportResolution,
} from './hub-discussion-values';

export * from './hub-discussion-values';

/**
 * A discussion space of the Hub: named moderators, an audience, its main language(s), numbered
 * questions, and the window in which people may post (opens_at ≤ now < closes_at). A closed space
 * stays readable. Objectives, principles and countries are tagged through the shared tagging tables
 * with entity_type 'hub_discussion'.
 */
export const hubDiscussionSpaces = pgTable(
  'hub_discussion_spaces',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: translated('title'),
    description: translated('description'),
    originalLanguage: originalLanguage(),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    audience: text('audience').$type<DiscussionAudience>().notNull().default('public'),
    /** The groups that read a 'groups' space (audience-groups.ts), e.g. `role:focal_point@region:LAS`. */
    audienceGroups: text('audience_groups').array().notNull().default(sql`'{}'::text[]`),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('hub_discussion_spaces_closes_idx').on(t.closesAt)],
);

/** The people who moderate a space (besides the Hub editors). */
export const hubDiscussionModerators = pgTable(
  'hub_discussion_moderators',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => hubDiscussionSpaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.spaceId, t.userId] }),
    index('hub_discussion_moderators_user_idx').on(t.userId),
  ],
);

/** A numbered question of a space, in Arabic and/or English. */
export const hubDiscussionQuestions = pgTable(
  'hub_discussion_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => hubDiscussionSpaces.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    text: translated('text'),
  },
  (t) => [uniqueIndex('hub_discussion_questions_number_unique').on(t.spaceId, t.number)],
);

/**
 * A post answering a question, or replying to another post (parent_id; any depth). Hidden posts keep
 * their text for the record but show only the moderator's reason, and leave the index and digests.
 */
export const hubDiscussionPosts = pgTable(
  'hub_discussion_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => hubDiscussionSpaces.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => hubDiscussionQuestions.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => hubDiscussionPosts.id, { onDelete: 'cascade' }),
    depth: integer('depth').notNull().default(0),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    format: text('format').$type<PostFormat>().notNull().default('plain'),
    language: text('language').$type<'ar' | 'en'>().notNull().default('ar'),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    hiddenBy: uuid('hidden_by').references(() => users.id, { onDelete: 'set null' }),
    hiddenReason: text('hidden_reason'),
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    index('hub_discussion_posts_space_idx').on(t.spaceId, t.createdAt),
    index('hub_discussion_posts_parent_idx').on(t.parentId),
  ],
);

/** Earlier texts of an edited post (the row before each edit). */
export const hubDiscussionPostVersions = pgTable(
  'hub_discussion_post_versions',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => hubDiscussionPosts.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    body: text('body').notNull(),
    format: text('format').$type<PostFormat>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.version] })],
);

/** A reader's report of an abusive post, until a moderator hides the post or dismisses the report. */
export const hubDiscussionReports = pgTable(
  'hub_discussion_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => hubDiscussionPosts.id, { onDelete: 'cascade' }),
    reporterId: uuid('reporter_id').references(() => users.id, { onDelete: 'set null' }),
    reason: text('reason').notNull(),
    resolution: text('resolution').$type<ReportResolution>(),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('hub_discussion_reports_once').on(t.postId, t.reporterId),
    index('hub_discussion_reports_open_idx').on(t.resolvedAt),
  ],
);

/**
 * A follower of a space: the digest they chose, when they last opened the space (what is newer is
 * "new"), and when their last digest went out. The token signs the unfollow link in the mail.
 */
export const hubDiscussionFollows = pgTable(
  'hub_discussion_follows',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => hubDiscussionSpaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    frequency: text('frequency').$type<DigestFrequency>().notNull().default('weekly'),
    lastLookedAt: timestamp('last_looked_at', { withTimezone: true }).notNull().defaultNow(),
    lastSentAt: timestamp('last_sent_at', { withTimezone: true }),
    unfollowToken: text('unfollow_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.spaceId, t.userId] }),
    uniqueIndex('hub_discussion_follows_token_unique').on(t.unfollowToken),
    index('hub_discussion_follows_user_idx').on(t.userId),
  ],
);

/** Each published version of a closed space's summary (the latest is shown). */
export const hubDiscussionSummaries = pgTable(
  'hub_discussion_summaries',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => hubDiscussionSpaces.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    text: translated('text'),
    originalLanguage: originalLanguage(),
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.version] })],
);
