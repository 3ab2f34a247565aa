import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { timestamps, version } from './columns';
import type { RegistrantGender, RegistrationStatus } from './meeting-registration-values';
import type { MeetingLanguage } from './meeting-values';
import { meetings } from './meetings';
import { countries, stakeholderCategories } from './reference';

/**
 * Participant registration for meetings: the organisers' settings (one row per meeting that takes
 * registrations) and each person's registration. Places are counted from the registrations (pending
 * and confirmed hold one); the waiting list is the waitlisted rows in `queued_at` order.
 */
export * from './meeting-registration-values';

export const meetingRegistrationSettings = pgTable(
  'meeting_registration_settings',
  {
    meetingId: uuid('meeting_id')
      .primaryKey()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    open: boolean('open').notNull().default(false),
    /** First and last day registration is taken, in the meeting's time zone (null: no limit that side). */
    opensOn: date('opens_on', { mode: 'string' }),
    closesOn: date('closes_on', { mode: 'string' }),
    /** Places; null means no limit. */
    capacity: integer('capacity'),
    approvalRequired: boolean('approval_required').notNull().default(false),
    /** The reminder goes out this many days before the meeting's first day. */
    reminderDays: integer('reminder_days').notNull().default(2),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    check('meeting_registration_capacity', sql`${t.capacity} is null or ${t.capacity} >= 0`),
    check(
      'meeting_registration_window',
      sql`${t.opensOn} is null or ${t.closesOn} is null or ${t.opensOn} <= ${t.closesOn}`,
    ),
  ],
);

export const meetingRegistrations = pgTable(
  'meeting_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status').$type<RegistrationStatus>().notNull(),
    organisation: text('organisation').notNull().default(''),
    countryIso3: text('country_iso3').references(() => countries.iso3),
    stakeholderCategory: text('stakeholder_category').references(() => stakeholderCategories.key),
    /** Voluntary; only ever counted. */
    gender: text('gender').$type<RegistrantGender>(),
    /** Accessibility needs as the participant words them. */
    accessibilityNeeds: text('accessibility_needs').notNull().default(''),
    /** The language the participant needs interpretation into (one of the meeting's). */
    interpretationLanguage: text('interpretation_language').$type<MeetingLanguage>(),
    /** The place in the waiting list (and when the current status began for the others). */
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
    decisionReason: text('decision_reason').notNull().default(''),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('meeting_registrations_once').on(t.meetingId, t.userId),
    index('meeting_registrations_status_idx').on(t.meetingId, t.status, t.queuedAt),
  ],
);
