import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db.server';

const caches = new WeakMap<object, Map<string, { snapshot: string; value: Promise<unknown> }>>();

/**
 * A computation over the database, kept until the database changes: the result is stored with the
 * snapshot it was computed after (pg_current_snapshot(): two equal snapshots see exactly the same
 * committed rows), and computed again as soon as any transaction has committed since. So it is never
 * stale, on this instance or another, and writes pay nothing; any committed write anywhere in the
 * database (a new session, a finished job) costs one recomputation. Inside a transaction nothing is
 * cached (its own uncommitted writes do not change the snapshot). Callers get a copy of the result.
 */
export async function cachedUntilChange<T>(db: DbOrTx, key: string, compute: () => Promise<T>): Promise<T> {
  if ('rollback' in db) return compute();
  const result = await db.execute<{ s: string }>(sql`select pg_current_snapshot()::text as s`);
  const snapshot = String(result.rows[0]?.s);
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const hit = cache.get(key);
  if (hit?.snapshot === snapshot) return structuredClone((await hit.value) as T);
  const value = compute();
  cache.set(key, { snapshot, value });
  value.catch(() => cache.delete(key)); // never keep a failure
  return structuredClone(await value);
}
