/**
 * Run before the Drizzle migrations on every start: extensions and IMMUTABLE helper functions that
 * generated columns and indexes use. Idempotent; kept within PostgreSQL 15.
 */
export const bootstrapSql = /* sql */ `
create extension if not exists pg_trgm;

-- Arabic normalisation for search, applied at index and query time (stack-notes G10):
-- alef variants and alef maqsura unified, tatweel removed, "wa" + "al" prefix split.
create or replace function ar_norm(t text) returns text
language sql immutable parallel safe as
$$ select regexp_replace(translate(coalesce(t, ''), 'ىأإآٱـ', 'ياااا'), '(^|\\s)و(ال)', '\\1\\2', 'g') $$;
`;
