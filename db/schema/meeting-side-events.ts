import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { originalLanguage, timestamps, translated, version } from './columns';
import type { SideEventFormat, SideEventStatus } from './meeting-side-event-values';
import type { MeetingLanguage } from './meeting-values';
import { meetingSessions, meetings } from './meetings';

/**
 * Side events of a meeting, proposed by signed-in people and reviewed by the meeting's organisers
 * (docs/decisions.md, 79). The settings row says whether a meeting takes proposals and until which
 * day (in the meeting's time zone); a proposal accepted with a time slot is also a session of kind
 * `side-event` in the agenda (`session_id`), so the agenda's room and day rules hold for it.
 */
export * from './meeting-side-event-values';

export const meetingSideEventSettings = pgTable('meeting_side_event_settings', {
  meetingId: uuid('meeting_id')
    .primaryKey()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  open: boolean('open').notNull().default(false),
  /** The last day proposals are taken, in the meeting's time zone (null: until the meeting ends). */
  closesOn: date('closes_on', { mode: 'string' }),
  version: version(),
  ...timestamps(),
});

export const meetingSideEvents = pgTable(
  'meeting_side_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    proposedBy: uuid('proposed_by').references(() => users.id, { onDelete: 'set null' }),
    status: text('status').$type<SideEventStatus>().notNull().default('pending'),
    title: translated('title'),
    /** The titles folded for comparison (app/platform/text): one proposer never proposes one title twice. */
    titleKeys: text('title_keys').array().notNull().default(sql`'{}'::text[]`),
    originalLanguage: originalLanguage(),
    /** The organisation that proposes it, and its co-organisers as their names are written. */
    proposingOrganisation: text('proposing_organisation').notNull(),
    organisers: text('organisers').array().notNull().default(sql`'{}'::text[]`),
    description: text('description').notNull(),
    objectives: integer('objectives').array().notNull().default(sql`'{}'::integer[]`),
    format: text('format').$type<SideEventFormat>().notNull(),
    preferredDay: date('preferred_day', { mode: 'string' }).notNull(),
    languages: text('languages').array().$type<MeetingLanguage[]>().notNull().default(sql`'{}'::text[]`),
    decisionReason: text('decision_reason').notNull().default(''),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** The agenda session of an accepted side event given a time slot. */
    sessionId: uuid('session_id').references(() => meetingSessions.id, { onDelete: 'set null' }),
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    index('meeting_side_events_meeting_idx').on(t.meetingId, t.status),
    index('meeting_side_events_proposer_idx').on(t.proposedBy, t.meetingId),
  ],
);
