import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { originalLanguage, timestamps, translated, version } from './columns';
import type { ExpertAvailability, ExpertLanguage, ExpertStatus } from './hub-expert-values';

export * from './hub-expert-values';

/**
 * The Hub's expert database: one profile per user. Public (name, organisation, biography, expertise,
 * languages, regions, availability) once a Hub editor approved it; the contact e-mail and telephone
 * are never shown or served: people write through the platform, which mails the expert. Deleting the
 * profile deletes its messages (the expert's right to erase their personal data).
 */
export const hubExperts = pgTable(
  'hub_experts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    organisation: text('organisation').notNull().default(''),
    biography: translated('biography'),
    originalLanguage: originalLanguage(),
    objectives: integer('objectives').array().notNull().default(sql`'{}'::integer[]`),
    /** Guiding principle keys of the expertise. */
    principles: text('principles').array().notNull().default(sql`'{}'::text[]`),
    languages: text('languages').array().$type<ExpertLanguage[]>().notNull().default(sql`'{}'::text[]`),
    /** Region ids (reference regions) the expert works in. */
    regions: text('regions').array().notNull().default(sql`'{}'::text[]`),
    availability: text('availability').$type<ExpertAvailability>().notNull().default('available'),
    /** Private: where the platform mails messages. Never in a page, the API or the index. */
    contactEmail: text('contact_email').notNull(),
    /** Private, optional. */
    telephone: text('telephone'),
    status: text('status').$type<ExpertStatus>().notNull().default('pending'),
    declineReason: text('decline_reason'),
    vettedBy: uuid('vetted_by').references(() => users.id, { onDelete: 'set null' }),
    vettedAt: timestamp('vetted_at', { withTimezone: true }),
    isSample: boolean('is_sample').notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('hub_experts_user_unique').on(t.userId),
    index('hub_experts_status_idx').on(t.status, t.updatedAt),
    index('hub_experts_objectives_gin').using('gin', t.objectives),
    index('hub_experts_languages_gin').using('gin', t.languages),
    index('hub_experts_regions_gin').using('gin', t.regions),
  ],
);

/**
 * Messages sent to an expert through the platform (the sender never learns the address). Kept so the
 * expert can export them; deleted with the profile.
 */
export const hubExpertMessages = pgTable(
  'hub_expert_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    expertId: uuid('expert_id')
      .notNull()
      .references(() => hubExperts.id, { onDelete: 'cascade' }),
    senderId: uuid('sender_id').references(() => users.id, { onDelete: 'set null' }),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('hub_expert_messages_expert_idx').on(t.expertId, t.createdAt)],
);
