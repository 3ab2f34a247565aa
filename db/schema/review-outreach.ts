import { sql } from 'drizzle-orm';
import {
  bigserial,
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
import { type Locale, timestamps, translated, version } from './columns';
import { files } from './files';
import { meetings } from './meetings';
import { countries, regions } from './reference';
import type { ContactKind, OutreachMessageKind } from './review-outreach-values';
import { reviewCycles, reviews } from './reviews';

/**
 * How a regional secretariat reaches the states of its region (domain.md §2–3): the focal points and
 * delegation contacts it keeps per state, what it wrote to them about a cycle, the reviews states
 * sent outside the platform, and the focal-point workshops of a cycle.
 */
export * from './review-outreach-values';

/**
 * A state's national focal point or delegation contact as the region's secretariat records them,
 * with or without an account (user_id once they have one). Private to the secretariat.
 */
export const stateContacts = pgTable(
  'state_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id),
    countryIso3: text('country_iso3')
      .notNull()
      .references(() => countries.iso3),
    kind: text('kind').$type<ContactKind>().notNull(),
    name: text('name').notNull(),
    ministry: text('ministry').notNull().default(''),
    email: text('email').notNull(),
    /** The language letters and reminders are written in. */
    locale: text('locale').$type<Locale>().notNull().default('ar'),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** When the secretariat last sent an invitation to open an account. */
    accountInvitedAt: timestamp('account_invited_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('state_contacts_email_unique').on(t.regionId, t.countryIso3, sql`lower(${t.email})`),
    index('state_contacts_state_idx').on(t.regionId, t.countryIso3),
  ],
);

/** The invitation letter of a cycle as the secretariat edited it (absent: the standard letter). */
export const reviewCycleLetters = pgTable('review_cycle_letters', {
  cycleId: uuid('cycle_id')
    .primaryKey()
    .references(() => reviewCycles.id, { onDelete: 'cascade' }),
  subject: translated('subject'),
  body: translated('body'),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  version: version(),
  ...timestamps(),
});

/** Every invitation and reminder the secretariat sent a state's contact about a cycle: who, when. */
export const reviewOutreachMessages = pgTable(
  'review_outreach_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => reviewCycles.id, { onDelete: 'cascade' }),
    countryIso3: text('country_iso3')
      .notNull()
      .references(() => countries.iso3),
    kind: text('kind').$type<OutreachMessageKind>().notNull(),
    contactId: uuid('contact_id').references(() => stateContacts.id, { onDelete: 'set null' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    email: text('email').notNull(),
    locale: text('locale').$type<Locale>().notNull(),
    sentBy: uuid('sent_by').references(() => users.id, { onDelete: 'set null' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('review_outreach_messages_state_idx').on(t.cycleId, t.countryIso3, t.kind, t.sentAt)],
);

/**
 * A national review the secretariat received outside the platform (a PDF or Word file by e-mail)
 * and registered for the state: when it arrived, the file, the objectives it covers.
 */
export const reviewReceipts = pgTable('review_receipts', {
  reviewId: uuid('review_id')
    .primaryKey()
    .references(() => reviews.id, { onDelete: 'cascade' }),
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
  fileId: uuid('file_id').references(() => files.id, { onDelete: 'set null' }),
  objectives: integer('objectives').array().notNull().default(sql`'{}'::integer[]`),
  registeredBy: uuid('registered_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A capacity-building workshop for the states' focal points, on a cycle. */
export const reviewWorkshops = pgTable(
  'review_workshops',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => reviewCycles.id, { onDelete: 'cascade' }),
    title: translated('title'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    place: translated('place'),
    /** The online meeting's address, when it is held online. */
    link: text('link'),
    /** Its page in the meetings module, once it has one. */
    meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    invitedStates: text('invited_states').array().notNull().default(sql`'{}'::text[]`),
    attendedStates: text('attended_states').array().notNull().default(sql`'{}'::text[]`),
    participants: integer('participants'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    index('review_workshops_cycle_idx').on(t.cycleId, t.startsOn),
    check('review_workshops_dates_order', sql`${t.endsOn} is null or ${t.startsOn} <= ${t.endsOn}`),
  ],
);
