const uuidText = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** A UUID in its text form, in either case (as PostgreSQL reads it). */
const uuidPattern = new RegExp(`^${uuidText}$`, 'i');

/** The same pattern for SQL (`${id} ~* ${uuidSqlPattern}`), before a text id is cast to uuid. */
export const uuidSqlPattern = `^${uuidText}$`;

/**
 * Whether a value is a UUID. Ids from URLs, forms and files are checked before they reach a uuid
 * column, where anything else would be a database error instead of "not found".
 */
export const isUuid = (value: unknown): value is string =>
  typeof value === 'string' && uuidPattern.test(value);

/** The first UUID inside a text (a pasted link, say), or null. */
export const findUuid = (text: string): string | null => new RegExp(uuidText, 'i').exec(text)?.[0] ?? null;
