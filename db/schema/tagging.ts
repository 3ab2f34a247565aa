import { index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { countries, objectives, principles, regions } from './reference';

/**
 * Shared tagging for every content type (reviews, pledges, resources, meetings, …): one row per
 * (entity, tag). Coverage counts and search group by these tables, so all content counts alike.
 * entity_type is the content type's key (e.g. 'pledge'), entity_id its id as text.
 */
export const objectiveTags = pgTable(
  'objective_tags',
  {
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    objective: integer('objective')
      .notNull()
      .references(() => objectives.number),
  },
  (t) => [
    primaryKey({ columns: [t.entityType, t.entityId, t.objective] }),
    index('objective_tags_objective_idx').on(t.objective, t.entityType),
  ],
);

export const principleTags = pgTable(
  'principle_tags',
  {
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    principle: text('principle')
      .notNull()
      .references(() => principles.key),
  },
  (t) => [
    primaryKey({ columns: [t.entityType, t.entityId, t.principle] }),
    index('principle_tags_principle_idx').on(t.principle, t.entityType),
  ],
);

export const countryTags = pgTable(
  'country_tags',
  {
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    country: text('country')
      .notNull()
      .references(() => countries.iso3),
  },
  (t) => [
    primaryKey({ columns: [t.entityType, t.entityId, t.country] }),
    index('country_tags_country_idx').on(t.country, t.entityType),
  ],
);

export const regionTags = pgTable(
  'region_tags',
  {
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    region: text('region')
      .notNull()
      .references(() => regions.id),
  },
  (t) => [
    primaryKey({ columns: [t.entityType, t.entityId, t.region] }),
    index('region_tags_region_idx').on(t.region, t.entityType),
  ],
);
