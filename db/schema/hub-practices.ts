import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { originalLanguage, timestamps, translated, version } from './columns';
import type {
  PracticeCallStatus,
  PracticeCriterion,
  PracticeStage,
  PracticeStatus,
} from './hub-practice-values';

export * from './hub-practice-values';

/**
 * Calls for practices of the Migration Network Hub: a theme, the objectives it seeks practices for,
 * who may submit, a deadline (an instant, typed as a local date and time in a named time zone) and a
 * contact. `status` is closed by an editor or by the job at the deadline; readers treat a past deadline
 * as closed whatever the column says.
 */
export const hubPracticeCalls = pgTable(
  'hub_practice_calls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    theme: translated('theme'),
    description: translated('description'),
    originalLanguage: originalLanguage(),
    objectives: integer('objectives').array().notNull().default(sql`'{}'::integer[]`),
    /** Who may submit (free text, both languages). */
    audience: translated('audience'),
    deadlineAt: timestamp('deadline_at', { withTimezone: true }).notNull(),
    timeZone: text('time_zone').notNull(),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email').notNull(),
    status: text('status').$type<PracticeCallStatus>().notNull().default('open'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('hub_practice_calls_status_idx').on(t.status, t.deadlineAt)],
);

/**
 * Practices submitted to the Hub's repository, alone or to a call. Objectives, principles, countries and
 * regions are tagged through the shared tagging tables with entity_type 'hub_practice'; `is_global`
 * marks a practice of the whole world. The contact person is shown to signed-in readers only and never
 * leaves through the API or the content index.
 */
export const hubPractices = pgTable(
  'hub_practices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id').references(() => hubPracticeCalls.id, { onDelete: 'set null' }),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    title: translated('title'),
    summary: translated('summary'),
    originalLanguage: originalLanguage(),
    isGlobal: boolean('is_global').notNull().default(false),
    implementers: text('implementers').notNull(),
    partners: text('partners').array().notNull().default(sql`'{}'::text[]`),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    stage: text('stage').$type<PracticeStage>().notNull(),
    results: text('results').notNull(),
    replicability: text('replicability').notNull(),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email').notNull(),
    /** The Network's criteria the submitter says the practice meets (the checklist). */
    criteria: text('criteria').array().$type<PracticeCriterion[]>().notNull().default(sql`'{}'::text[]`),
    status: text('status').$type<PracticeStatus>().notNull().default('submitted'),
    /** The editor's last question (clarification) or reason (decline). */
    editorMessage: text('editor_message'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    promising: boolean('promising').notNull().default(false),
    promisingAt: timestamp('promising_at', { withTimezone: true }),
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    index('hub_practices_status_idx').on(t.status, t.publishedAt),
    index('hub_practices_call_idx').on(t.callId),
    index('hub_practices_submitted_by_idx').on(t.submittedBy),
  ],
);
