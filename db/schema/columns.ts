import { integer, jsonb, text, timestamp } from 'drizzle-orm/pg-core';

/** A translatable text: one entry per language the text exists in. */
export type Translated = { ar?: string; en?: string };
export type Locale = 'ar' | 'en';

export const translated = (name: string) => jsonb(name).$type<Translated>().notNull().default({});
/** The language a translatable record was written in, so a reader sees what is original and what is a translation. */
export const originalLanguage = (name = 'original_language') =>
  text(name).$type<Locale>().notNull().default('ar');

/** Optimistic concurrency: every update names the version it read; a stale save is refused. */
export const version = () => integer('version').notNull().default(1);

export const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
