import { foldArabicSql } from './text/arabic-fold';

/**
 * Run before the Drizzle migrations on every start: extensions and IMMUTABLE helper functions that
 * generated columns and indexes use. Idempotent; kept within PostgreSQL 15.
 */
export const bootstrapSql = /* sql */ `
create extension if not exists pg_trgm;

-- The Arabic fold (app/platform/text/arabic-fold.ts); ar_norm was its earlier, different cousin.
drop function if exists ar_norm(text);
${foldArabicSql}`;
