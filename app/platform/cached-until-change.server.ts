import { sql } from 'drizzle-orm';
import { type DbOrTx, writesFinished } from './db.server';

const caches = new WeakMap<object, Map<string, { snapshot: string; value: Promise<unknown> }>>();
/** Per database: the snapshot read under way and the count of this process's writes when it began. */
const snapshotReads = new WeakMap<object, { writes: number; snapshot: Promise<string> }>();

/**
 * The database's current snapshot. Callers that ask while a read is under way share it (a page's
 * loaders ask at the same moment: PGlite costs about a millisecond of main-thread CPU per query,
 * however small), unless this process has finished a write since that read began: then they read
 * again, so a request never sees an answer from before its own writes.
 */
function currentSnapshot(db: DbOrTx): Promise<string> {
  const writes = writesFinished();
  const pending = snapshotReads.get(db);
  if (pending && pending.writes === writes) return pending.snapshot;
  const entry = {
    writes,
    snapshot: db
      .execute<{ s: string }>(sql`select pg_current_snapshot()::text as s`)
      .then((result) => String(result.rows[0]?.s)),
  };
  snapshotReads.set(db, entry);
  const done = () => {
    if (snapshotReads.get(db) === entry) snapshotReads.delete(db);
  };
  entry.snapshot.then(done, done);
  return entry.snapshot;
}

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
  const snapshot = await currentSnapshot(db);
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
