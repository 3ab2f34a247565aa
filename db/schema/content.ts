import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import type { Locale, Translated } from './columns';

/** A PostgreSQL tsvector, written as a literal built by app/platform/text/search-text.ts. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * Who may open an indexed item: everyone, any signed-in user, or only the holders of one of the
 * item's access keys (`readers`, see app/permissions/access-keys.ts).
 */
export const contentVisibilities = ['public', 'signed_in', 'restricted'] as const;
export type ContentVisibility = (typeof contentVisibilities)[number];

/**
 * The content index: one row per item of every registered content type (app/content-types.server.ts),
 * projected from its source rows in the same transaction as every write that changes them. Public
 * numbers, search, the coverage views, feeds and the sitemap read this table, never the sources.
 * `regions` holds the regions an item concerns: tagged with, or containing a country it is tagged
 * with (or made by), so a region filter is one array test.
 */
export const contentItems = pgTable(
  'content_items',
  {
    type: text('type').notNull(),
    id: text('id').notNull(),
    visibility: text('visibility').$type<ContentVisibility>().notNull(),
    /** Access keys of who may open a restricted item (empty for public and signed-in items). */
    readers: text('readers').array().notNull().default(sql`'{}'::text[]`),
    status: text('status').notNull(),
    originalLanguage: text('original_language').$type<Locale>(),
    title: jsonb('title').$type<Translated>().notNull().default({}),
    summary: jsonb('summary').$type<Translated>().notNull().default({}),
    body: jsonb('body').$type<Translated>().notNull().default({}),
    objectives: integer('objectives').array().notNull().default(sql`'{}'::integer[]`),
    principles: text('principles').array().notNull().default(sql`'{}'::text[]`),
    countries: text('countries').array().notNull().default(sql`'{}'::text[]`),
    regions: text('regions').array().notNull().default(sql`'{}'::text[]`),
    year: integer('year'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    /** The item's page, without the language prefix (e.g. /pledges/<id>). */
    path: text('path').notNull(),
    isSample: boolean('is_sample').notNull().default(false),
    /**
     * A type's own facets as `name:value` (e.g. a resource's `type:research`, `language:ar`), so its
     * lists filter and count them from the index without joining the source table.
     */
    attributes: text('attributes').array().notNull().default(sql`'{}'::text[]`),
    /**
     * What search matches: the stems of title (weight A), summary (B) and body (C) in every language,
     * built by the one analyser (folded, light-stemmed Arabic, stemmed English) that also reads the
     * queries. Written with the row by the sync path; derived, so the index check leaves it out.
     */
    searchVector: tsvector('search_vector').notNull().default(sql`''::tsvector`),
  },
  (t) => [
    primaryKey({ columns: [t.type, t.id] }),
    check('content_items_visibility_check', sql`${t.visibility} in ('public', 'signed_in', 'restricted')`),
    index('content_items_visibility_idx').on(t.visibility, t.type, t.publishedAt),
    index('content_items_objectives_idx').using('gin', t.objectives).with({ fastupdate: false }),
    index('content_items_principles_idx').using('gin', t.principles).with({ fastupdate: false }),
    index('content_items_countries_idx').using('gin', t.countries).with({ fastupdate: false }),
    index('content_items_regions_idx').using('gin', t.regions).with({ fastupdate: false }),
    index('content_items_readers_idx').using('gin', t.readers).with({ fastupdate: false }),
    index('content_items_attributes_idx').using('gin', t.attributes).with({ fastupdate: false }),
    index('content_items_search_idx').using('gin', t.searchVector),
  ],
);

/** Which projection version each content type's rows were built with; a newer one rebuilds at start. */
export const contentIndexVersions = pgTable('content_index_versions', {
  type: text('type').primaryKey(),
  version: integer('version').notNull(),
  indexedAt: timestamp('indexed_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The coverage radar's counts of public index rows, kept by statement triggers on `content_items`
 * (migration 0048) in the transaction of every index write, so the radar reads a few hundred rows
 * instead of unnesting every public item. One row per key of a measure:
 * - `region_cell` / `country_cell`: items per objective and type in a region (`area`), or in a
 *   country (`col`) of a region (`area`) it belongs to;
 * - `region_year` / `kind_year`: items per year and type in a region, or in any region of a kind;
 * - `region_status` / `kind_status`: pledges per objective and status, likewise.
 * Dimensions a measure does not use hold '' or 0. `n` may reach 0 and stay (the keys are few).
 */
export const coverageCounts = pgTable(
  'coverage_counts',
  {
    measure: text('measure').notNull(),
    area: text('area').notNull(),
    col: text('col').notNull().default(''),
    objective: integer('objective').notNull().default(0),
    type: text('type').notNull().default(''),
    year: integer('year').notNull().default(0),
    status: text('status').notNull().default(''),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.measure, t.area, t.col, t.objective, t.type, t.year, t.status] })],
);
