import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, users } from './accounts';
import { originalLanguage, timestamps, translated, version } from './columns';
import { hubExperts } from './hub-experts';
import type { SupportEventKind, SupportKind, SupportStatus, SupportTarget } from './pledge-support-values';
import { pledges } from './pledges';
import { countries } from './reference';
import { reviews } from './reviews';

export * from './pledge-support-values';

/**
 * Requests for support from the UN Network on Migration. Generic on purpose: `subject_type` /
 * `subject_id` name what the request is about ('pledge' and the pledge's id today; the Hub's
 * support requests later), so the Hub can take these rows over without a migration of their
 * meaning. The requester is a user speaking for an organisation or a state (exactly one). Not
 * public: only the requester's side and the Network secretariat read them. See decisions.md.
 */
export const supportRequests = pgTable(
  'support_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    requesterId: uuid('requester_id').references(() => users.id, { onDelete: 'set null' }),
    requesterOrganisationId: uuid('requester_organisation_id').references(() => organisations.id, {
      onDelete: 'cascade',
    }),
    requesterCountryIso3: text('requester_country_iso3').references(() => countries.iso3),
    kind: text('kind').$type<SupportKind>().notNull(),
    description: translated('description'),
    originalLanguage: originalLanguage(),
    /** GCM objectives the support is about (optional). */
    objectives: integer('objectives').array().notNull().default(sql`'{}'::integer[]`),
    /** The topic in a few words (Hub requests; pledge requests carry the pledge's title instead). */
    topic: translated('topic'),
    /** The country the support is for (the requesting state, or where a stakeholder works). */
    countryIso3: text('country_iso3').references(() => countries.iso3),
    /** Languages the support should be given in. */
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    deadline: date('deadline', { mode: 'string' }),
    /** The national review the request was raised from, when a focal point asked from it. */
    reviewId: uuid('review_id').references(() => reviews.id, { onDelete: 'set null' }),
    /** Who is asked: the Network secretariat, or the UN country network (named in free text for now). */
    target: text('target').$type<SupportTarget>().notNull().default('network_secretariat'),
    targetName: text('target_name'),
    /** Whom the secretariat assigned: a UN entity or organisation by name, and/or an expert of the Hub. */
    assignedEntity: text('assigned_entity'),
    assignedExpertId: uuid('assigned_expert_id').references(() => hubExperts.id, { onDelete: 'set null' }),
    declineReason: text('decline_reason'),
    status: text('status').$type<SupportStatus>().notNull().default('open'),
    /** The secretariat's answer, plain text in the language it was written in. */
    reply: text('reply'),
    replyLanguage: text('reply_language').$type<'ar' | 'en'>(),
    repliedBy: uuid('replied_by').references(() => users.id, { onDelete: 'set null' }),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Demo data (seed/demo-hub-support.ts), never seeded in production (SEED_DEMO off there). */
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    check(
      'support_requests_at_most_one_requester',
      sql`${t.requesterOrganisationId} is null or ${t.requesterCountryIso3} is null`,
    ),
    index('support_requests_subject_idx').on(t.subjectType, t.subjectId),
    index('support_requests_status_idx').on(t.status, t.createdAt),
    index('support_requests_organisation_idx').on(t.requesterOrganisationId),
    index('support_requests_country_idx').on(t.requesterCountryIso3),
    index('support_requests_requester_idx').on(t.requesterId),
  ],
);

/**
 * The timeline of a request, visible to the requester: created, triaged (accepted, detail asked,
 * declined with the reason), detail added, assigned, replied, closed. Pledge requests' history was
 * carried over from the audit log when the Hub took the queue over (migration hub_support_requests).
 */
export const supportRequestEvents = pgTable(
  'support_request_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => supportRequests.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<SupportEventKind>().notNull(),
    /** The status after the event. */
    status: text('status').$type<SupportStatus>().notNull(),
    /** What was said (a reason, a question, a reply, the assignee), plain text. */
    note: text('note'),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('support_request_events_request_idx').on(t.requestId, t.at)],
);

/**
 * Progress reminders already sent: one row per pledge and due point (the day an update fell due
 * and the level it reached), so the daily job never mails the same due point twice, however long
 * the jobs table keeps its history. A new progress update moves the due points, so new rows follow.
 */
export const pledgeProgressReminders = pgTable(
  'pledge_progress_reminders',
  {
    pledgeId: uuid('pledge_id')
      .notNull()
      .references(() => pledges.id, { onDelete: 'cascade' }),
    level: text('level').$type<'amber' | 'red'>().notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    recipients: integer('recipients').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.pledgeId, t.level, t.dueOn] })],
);
