import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { originalLanguage, timestamps, translated, version } from './columns';
import { files } from './files';
import type {
  BalanceTargets,
  MeetingKind,
  MeetingLanguage,
  MeetingStatus,
  SessionKind,
  SpeakerGender,
  SpeakerRole,
  SpeakerSector,
  SpeakerStatus,
  StatementSpeakerKind,
} from './meeting-values';
import { countries, regions } from './reference';
import { reviewCycles } from './reviews';

/**
 * Meetings of the review system (regional review conferences, the IMRF, consultations, dialogues,
 * workshops, consultative-process meetings, side events) and their agendas. The objectives a
 * session covers are tagged through the shared tagging tables (entity_type 'meeting_session'),
 * never here. Dates of a meeting are calendar days in its time zone; session times are instants.
 */
export * from './meeting-values';

export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<MeetingKind>().notNull(),
    title: translated('title'),
    summary: translated('summary'),
    originalLanguage: originalLanguage(),
    /** Organisers and partners as the secretariat writes them (e.g. LAS, IOM, ESCWA). */
    organisers: text('organisers').notNull().default(''),
    partners: text('partners').notNull().default(''),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    /** IANA time zone the meeting's days and session times are given in. */
    timeZone: text('time_zone').notNull(),
    venue: text('venue').notNull().default(''),
    onlineUrl: text('online_url').notNull().default(''),
    languages: text('languages').array().$type<MeetingLanguage[]>().notNull().default(sql`'{}'::text[]`),
    interpretation: boolean('interpretation').notNull().default(false),
    /** The region whose secretariat organises it (its scope for meetings.manage); null for global meetings. */
    regionId: text('region_id').references(() => regions.id),
    cycleId: uuid('cycle_id').references(() => reviewCycles.id, { onDelete: 'set null' }),
    /** States taking part (ISO3); a statement may only be delivered by one of them. */
    participatingCountries: text('participating_countries').array().notNull().default(sql`'{}'::text[]`),
    balanceTargets: jsonb('balance_targets').$type<BalanceTargets>().notNull().default({}),
    status: text('status').$type<MeetingStatus>().notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    check('meetings_date_order', sql`${t.startsOn} <= ${t.endsOn}`),
    index('meetings_calendar_idx').on(t.status, t.startsOn),
    index('meetings_kind_idx').on(t.kind, t.startsOn),
  ],
);

export const meetingSessions = pgTable(
  'meeting_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<SessionKind>().notNull(),
    title: translated('title'),
    summary: translated('summary'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    room: text('room').notNull().default(''),
    /** Co-chairs of a round table (member states, ISO3). */
    coChairs: text('co_chairs').array().notNull().default(sql`'{}'::text[]`),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    check('meeting_sessions_time_order', sql`${t.startsAt} < ${t.endsAt}`),
    index('meeting_sessions_meeting_idx').on(t.meetingId, t.startsAt),
  ],
);

/**
 * Speakers, moderators and facilitators of a session: invited by the organisers or nominated by a
 * signed-in person (themselves or a colleague). Gender, country and stakeholder category are
 * voluntary and only ever shown in aggregate (the balance panel).
 */
export const meetingSpeakers = pgTable(
  'meeting_speakers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => meetingSessions.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The name folded for comparison (app/platform/text): one person once per session. */
    nameKey: text('name_key').notNull(),
    affiliation: text('affiliation').notNull().default(''),
    role: text('role').$type<SpeakerRole>().notNull(),
    status: text('status').$type<SpeakerStatus>().notNull(),
    /** Who nominated (null when the organisers invited). */
    nominatedBy: uuid('nominated_by').references(() => users.id, { onDelete: 'set null' }),
    relevance: text('relevance').notNull().default(''),
    decisionReason: text('decision_reason').notNull().default(''),
    gender: text('gender').$type<SpeakerGender>(),
    countryIso3: text('country_iso3').references(() => countries.iso3),
    stakeholderCategory: text('stakeholder_category'),
    sector: text('sector').$type<SpeakerSector>(),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('meeting_speakers_once_per_session').on(t.sessionId, t.nameKey),
    index('meeting_speakers_meeting_idx').on(t.meetingId, t.status),
  ],
);

/**
 * A statement delivered at a meeting (in a general debate, a plenary, a round table): by a state, an
 * observer, a group of states or a stakeholder, in one language, on a day of the meeting. Public with
 * its meeting; the objectives it addresses are tagged (entity_type 'meeting_statement').
 */
export const meetingStatements = pgTable(
  'meeting_statements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id').references(() => meetingSessions.id, { onDelete: 'set null' }),
    speakerKind: text('speaker_kind').$type<StatementSpeakerKind>().notNull(),
    /** The state delivering it (speaker kind "state"). */
    countryIso3: text('country_iso3').references(() => countries.iso3),
    /** The observer, group or organisation delivering it (other kinds). */
    speakerName: text('speaker_name').notNull().default(''),
    language: text('language').$type<MeetingLanguage>().notNull(),
    deliveredOn: date('delivered_on', { mode: 'string' }).notNull(),
    title: translated('title'),
    body: translated('body'),
    /** The statement as delivered, when given as a file (PDF or DOCX); also attached (entity_type 'meeting_statement'). */
    fileId: uuid('file_id').references(() => files.id, { onDelete: 'set null' }),
    /** The file's text, for search (extracted in the bounded worker); null without a file or when unreadable. */
    extractedText: text('extracted_text'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    index('meeting_statements_meeting_idx').on(t.meetingId, t.deliveredOn),
    index('meeting_statements_country_idx').on(t.countryIso3),
  ],
);

/**
 * Background notes of a session: a file (PDF or DOCX, attached under entity_type
 * 'meeting_background_note') or a link, with a title in Arabic and/or English. Public with the
 * meeting; added and removed by its organisers.
 */
export const meetingBackgroundNotes = pgTable(
  'meeting_background_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => meetingSessions.id, { onDelete: 'cascade' }),
    title: translated('title'),
    /** A note is its file: deleting the file deletes the note. */
    fileId: uuid('file_id').references(() => files.id, { onDelete: 'cascade' }),
    url: text('url'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    check('meeting_background_notes_file_or_link', sql`${t.fileId} is not null or ${t.url} is not null`),
    index('meeting_background_notes_session_idx').on(t.sessionId, t.createdAt),
    index('meeting_background_notes_meeting_idx').on(t.meetingId),
  ],
);
