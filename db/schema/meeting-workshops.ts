import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
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
import { users } from './accounts';
import { timestamps, translated, version } from './columns';
import { files } from './files';
import { meetingRegistrations } from './meeting-registrations';
import type {
  AttendanceMark,
  InvitationStatus,
  MaterialVisibility,
  TrainedByGender,
} from './meeting-workshop-values';
import { meetings } from './meetings';
import { countries } from './reference';

/**
 * Focal-point workshops (meetings of kind "workshop"): the states the workshop is for, the
 * invitations of those states' focal points, attendance per participant and day, materials, and the
 * record that the training took place. Participants are the meeting's registrations: accepting an
 * invitation registers, so capacity and the waiting list stay the registration's rules.
 */
export * from './meeting-workshop-values';

/** One row per workshop: its states in scope and, once closed, the training record. */
export const meetingWorkshops = pgTable(
  'meeting_workshops',
  {
    meetingId: uuid('meeting_id')
      .primaryKey()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    /** The states (ISO3) whose focal points the workshop is for. */
    states: text('states').array().notNull().default(sql`'{}'::text[]`),
    /** The record: set when the organiser closes the workshop (null while open). */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by').references(() => users.id, { onDelete: 'set null' }),
    heldFrom: date('held_from', { mode: 'string' }),
    heldTo: date('held_to', { mode: 'string' }),
    topics: translated('topics'),
    report: translated('report'),
    /** Aggregates only, counted from attendance when the record is closed: never names. */
    trainedTotal: integer('trained_total').notNull().default(0),
    trainedByCountry: jsonb('trained_by_country').$type<Record<string, number>>().notNull().default({}),
    trainedByGender: jsonb('trained_by_gender').$type<TrainedByGender>().notNull().default({}),
    /** A record written for the demo (labelled so wherever it shows). */
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    check(
      'meeting_workshops_held_order',
      sql`${t.heldFrom} is null or ${t.heldTo} is null or ${t.heldFrom} <= ${t.heldTo}`,
    ),
  ],
);

export const meetingWorkshopInvitations = pgTable(
  'meeting_workshop_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The state the person is invited as focal point of. */
    countryIso3: text('country_iso3')
      .notNull()
      .references(() => countries.iso3),
    status: text('status').$type<InvitationStatus>().notNull().default('invited'),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('meeting_workshop_invitations_once').on(t.meetingId, t.userId),
    index('meeting_workshop_invitations_user_idx').on(t.userId),
  ],
);

export const meetingWorkshopAttendance = pgTable(
  'meeting_workshop_attendance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => meetingRegistrations.id, { onDelete: 'cascade' }),
    /** A day of the workshop, in its time zone. */
    day: date('day', { mode: 'string' }).notNull(),
    mark: text('mark').$type<AttendanceMark>().notNull(),
    markedBy: uuid('marked_by').references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('meeting_workshop_attendance_once').on(t.registrationId, t.day),
    index('meeting_workshop_attendance_meeting_idx').on(t.meetingId, t.day),
  ],
);

export const meetingWorkshopMaterials = pgTable(
  'meeting_workshop_materials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    title: translated('title'),
    /** A file (slides, guides) or a link; one of the two. */
    fileId: uuid('file_id').references(() => files.id, { onDelete: 'set null' }),
    url: text('url').notNull().default(''),
    visibility: text('visibility').$type<MaterialVisibility>().notNull().default('participants'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('meeting_workshop_materials_meeting_idx').on(t.meetingId, t.createdAt)],
);
