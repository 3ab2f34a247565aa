import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { originalLanguage, timestamps, translated, version } from './columns';
import type {
  ChairKind,
  ChampionCriterion,
  Confirmation,
  ConsiderationOutcome,
  MechanismKind,
  NetworkGroupKind,
  NetworkLevel,
  RegistryStatus,
} from './instrument-values';
import { meetings } from './meetings';
import { countries, regions } from './reference';

/**
 * The instruments around the review (domain.md §3, §5): champion countries of the GCM, inter-state
 * consultation mechanisms (RCPs, inter-regional forums, global processes) with their chairs and their
 * database of regional activities, and the UN networks on migration (global, regional, country).
 * Seeded from data/reference/instruments.json, then kept by the secretariat (versioned, audited).
 * Objectives and countries of a mechanism activity are tagged through the shared tagging tables.
 */
export * from './instrument-values';

const status = () => text('status').$type<RegistryStatus>().notNull().default('draft');
const confirmation = () => text('confirmation').$type<Confirmation>().notNull().default('unconfirmed');
const stringList = (name: string) => text(name).array().notNull().default(sql`'{}'::text[]`);

/** A champion country: one row per state. */
export const champions = pgTable(
  'champions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countryIso3: text('country_iso3')
      .notNull()
      .references(() => countries.iso3),
    joinedOn: date('joined_on', { mode: 'string' }),
    commitments: translated('commitments'),
    supportRequested: translated('support_requested'),
    supportGiven: translated('support_given'),
    originalLanguage: originalLanguage(),
    confirmation: confirmation(),
    /** Where the membership is stated (an address or a document), one per line. */
    sources: stringList('sources'),
    status: status(),
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('champions_country_idx').on(t.countryIso3)],
);

/** The secretariat considering a state for the initiative: the criteria checklist, kept per consideration. */
export const championConsiderations = pgTable(
  'champion_considerations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countryIso3: text('country_iso3')
      .notNull()
      .references(() => countries.iso3),
    consideredOn: date('considered_on', { mode: 'string' }).notNull(),
    criteria: jsonb('criteria').$type<Partial<Record<ChampionCriterion, boolean>>>().notNull().default({}),
    notes: text('notes'),
    outcome: text('outcome').$type<ConsiderationOutcome>().notNull().default('pending'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('champion_considerations_country_idx').on(t.countryIso3, t.consideredOn)],
);

/** An inter-state consultation mechanism. */
export const mechanisms = pgTable(
  'mechanisms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** A short stable key for addresses and reference data (`arcp`). */
    slug: text('slug').notNull(),
    kind: text('kind').$type<MechanismKind>().notNull(),
    name: translated('name'),
    acronym: text('acronym'),
    originalLanguage: originalLanguage(),
    /** The grouping of the same states in the reference regions, when there is one (`ARCP`). */
    regionId: text('region_id').references(() => regions.id),
    memberStates: stringList('member_states'),
    observerStates: stringList('observer_states'),
    secretariat: translated('secretariat'),
    thematicFocus: translated('thematic_focus'),
    gcmEngagement: translated('gcm_engagement'),
    workingGroups: stringList('working_groups'),
    /** National focal points as institutions (never people), one per line. */
    focalPoints: stringList('focal_points'),
    /** Contributions to regional reviews, one per line (an address or a short description). */
    reviewContributions: stringList('review_contributions'),
    confirmation: confirmation(),
    sources: stringList('sources'),
    status: status(),
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('mechanisms_slug_idx').on(t.slug)],
);

/** Who chaired a mechanism and when: the history, latest first on pages. */
export const mechanismChairs = pgTable(
  'mechanism_chairs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mechanismId: uuid('mechanism_id')
      .notNull()
      .references(() => mechanisms.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ChairKind>().notNull(),
    /** The chairing state, or (for a permanent chair that is not a state) a name. */
    countryIso3: text('country_iso3').references(() => countries.iso3),
    holder: text('holder'),
    fromOn: date('from_on', { mode: 'string' }).notNull(),
    untilOn: date('until_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    check('mechanism_chairs_holder', sql`${t.countryIso3} is not null or ${t.holder} is not null`),
    check('mechanism_chairs_order', sql`${t.untilOn} is null or ${t.untilOn} >= ${t.fromOn}`),
    index('mechanism_chairs_mechanism_idx').on(t.mechanismId, t.fromOn),
  ],
);

/** The mechanism's database of regional activities in support of the GCM. */
export const mechanismActivities = pgTable(
  'mechanism_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mechanismId: uuid('mechanism_id')
      .notNull()
      .references(() => mechanisms.id, { onDelete: 'cascade' }),
    title: translated('title'),
    /** What the activity set out to do. */
    aims: translated('aims'),
    outputs: translated('outputs'),
    originalLanguage: originalLanguage(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    status: status(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('mechanism_activities_mechanism_idx').on(t.mechanismId, t.heldOn)],
);

/** Meetings of the platform (kind mechanism-meeting) that a mechanism held. */
export const mechanismMeetings = pgTable(
  'mechanism_meetings',
  {
    mechanismId: uuid('mechanism_id')
      .notNull()
      .references(() => mechanisms.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.mechanismId, t.meetingId] })],
);

/** A UN network on migration: the global Network, a regional network or a country network. */
export const unNetworks = pgTable(
  'un_networks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    level: text('level').$type<NetworkLevel>().notNull(),
    name: translated('name'),
    originalLanguage: originalLanguage(),
    countryIso3: text('country_iso3').references(() => countries.iso3),
    regionId: text('region_id').references(() => regions.id),
    establishedYear: integer('established_year'),
    /** The lead or coordinator (an entity, e.g. "IOM", "Resident Coordinator's Office"). */
    lead: text('lead'),
    members: stringList('members'),
    executiveCommittee: stringList('executive_committee'),
    confirmation: confirmation(),
    sources: stringList('sources'),
    status: status(),
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('un_networks_slug_idx').on(t.slug),
    uniqueIndex('un_networks_country_idx').on(t.countryIso3),
    check(
      'un_networks_level_place',
      sql`(${t.level} <> 'country' or ${t.countryIso3} is not null) and (${t.level} = 'country' or ${t.countryIso3} is null)`,
    ),
  ],
);

/** A working group or workstream of a network, with its leads. */
export const unNetworkGroups = pgTable(
  'un_network_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => unNetworks.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<NetworkGroupKind>().notNull(),
    code: text('code'),
    name: translated('name'),
    leads: stringList('leads'),
    position: integer('position').notNull().default(0),
    ...timestamps(),
  },
  (t) => [index('un_network_groups_network_idx').on(t.networkId, t.position)],
);
