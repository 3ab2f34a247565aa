import { boolean, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { timestamps, translated, version } from './columns';

/** Where a reference fact comes from and how far it was verified; kept with every reference row. */
export type Provenance = { sources: string[]; status: Record<string, string> };
const provenance = () =>
  jsonb('provenance').$type<Provenance>().notNull().default({ sources: [], status: {} });

export const objectives = pgTable('objectives', {
  number: integer('number').primaryKey(),
  code: text('code').notNull().unique(),
  title: translated('title'),
  shortLabel: translated('short_label'),
  /** Set when a secretariat user replaced a seeded label; re-seeding then leaves that label alone. */
  editedFields: jsonb('edited_fields').$type<string[]>().notNull().default([]),
  provenance: provenance(),
  version: version(),
  ...timestamps(),
});

export const principles = pgTable('principles', {
  key: text('key').primaryKey(),
  paragraph: text('paragraph').notNull(),
  position: integer('position').notNull(),
  name: translated('name'),
  editedFields: jsonb('edited_fields').$type<string[]>().notNull().default([]),
  provenance: provenance(),
  version: version(),
  ...timestamps(),
});

export const thematicAreas = pgTable('thematic_areas', {
  id: integer('id').primaryKey(),
  name: translated('name'),
  objectives: jsonb('objectives').$type<number[]>().notNull().default([]),
  /** MPTF thematic areas are not verified against a source: shown flagged until a secretariat confirms. */
  verified: boolean('verified').notNull().default(false),
  editedFields: jsonb('edited_fields').$type<string[]>().notNull().default([]),
  provenance: provenance(),
  version: version(),
  ...timestamps(),
});

export const stakeholderCategories = pgTable('stakeholder_categories', {
  key: text('key').primaryKey(),
  position: integer('position').notNull(),
  label: translated('label'),
  editedFields: jsonb('edited_fields').$type<string[]>().notNull().default([]),
  provenance: provenance(),
  version: version(),
  ...timestamps(),
});

/**
 * Groupings of countries: UN M49 regions and sub-regions, UN regional commissions, regional
 * organisations (LAS) and consultative processes (ARCP). Reviews, pledges and roles scope to these.
 */
export type RegionKind = 'm49_region' | 'm49_subregion' | 'regional_commission' | 'organisation' | 'process';
export const regions = pgTable(
  'regions',
  {
    id: text('id').primaryKey(),
    kind: text('kind').$type<RegionKind>().notNull(),
    code: text('code').notNull(),
    parentId: text('parent_id'),
    name: translated('name'),
    description: translated('description'),
    position: integer('position').notNull().default(0),
    editedFields: jsonb('edited_fields').$type<string[]>().notNull().default([]),
    provenance: provenance(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('regions_kind_idx').on(t.kind)],
);

export type UnStatus = 'member' | 'observer' | 'other';
export const countries = pgTable(
  'countries',
  {
    iso3: text('iso3').primaryKey(),
    iso2: text('iso2').notNull(),
    m49: text('m49').notNull(),
    name: translated('name'),
    officialName: translated('official_name'),
    unStatus: text('un_status').$type<UnStatus>().notNull(),
    regionId: text('region_id').references(() => regions.id),
    subregionId: text('subregion_id').references(() => regions.id),
    editedFields: jsonb('edited_fields').$type<string[]>().notNull().default([]),
    provenance: provenance(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('countries_region_idx').on(t.regionId), index('countries_subregion_idx').on(t.subregionId)],
);

export const regionMembers = pgTable(
  'region_members',
  {
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    countryIso3: text('country_iso3')
      .notNull()
      .references(() => countries.iso3, { onDelete: 'cascade' }),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.regionId, t.countryIso3] }),
    index('region_members_country_idx').on(t.countryIso3),
  ],
);
