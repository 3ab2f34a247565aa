import { sql } from 'drizzle-orm';
import { type DbOrTx, everyWriteCounted, writesFinished } from './db.server';
import { inTurns } from './in-turns';

/** Many requests wait for one snapshot read or one computation: they resume a turn apart (inTurns). */
const caches = new WeakMap<object, Map<string, { snapshot: string; value: () => Promise<unknown> }>>();
/** Per database: the snapshot read under way, the count of this process's writes when it began, when it ended. */
const snapshotReads = new WeakMap<
  object,
  { writes: number; settledAt: number; snapshot: () => Promise<string> }
>();
/** How long after it arrived a snapshot is still handed to callers joining its waiters' turns. */
const sharedAfterMs = 50;

/**
 * The database's current snapshot. Callers that ask while a read is under way share it (a page's
 * loaders ask at the same moment: PGlite costs about a millisecond of main-thread CPU per query,
 * however small), and so do those that ask while its waiters still resume a turn apart (inTurns), up
 * to `sharedAfterMs` after it arrived (under load a read waits longer than that in the pool's queue),
 * unless this process has finished a write since that read began: then they read again, so a request
 * never sees an answer from before its own writes. On the embedded store every write is this
 * process's, so its snapshot is kept until the next write, however long: no query at all.
 */
function currentSnapshot(db: DbOrTx): Promise<string> {
  const writes = writesFinished();
  const pending = snapshotReads.get(db);
  const kept = everyWriteCounted(db);
  if (
    pending &&
    pending.writes === writes &&
    (kept || performance.now() - pending.settledAt < sharedAfterMs)
  ) {
    return pending.snapshot();
  }
  const read = db
    .execute<{ s: string }>(sql`select pg_current_snapshot()::text as s`)
    .then((result) => String(result.rows[0]?.s));
  const entry = {
    writes,
    settledAt: Number.POSITIVE_INFINITY,
    snapshot: inTurns(read, () => {
      if (!kept && snapshotReads.get(db) === entry) snapshotReads.delete(db);
    }),
  };
  const settled = () => {
    entry.settledAt = performance.now();
  };
  read.then(settled, () => {
    settled();
    if (snapshotReads.get(db) === entry) snapshotReads.delete(db); // never keep a failure
  });
  snapshotReads.set(db, entry);
  return entry.snapshot();
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
  if (hit?.snapshot === snapshot) return structuredClone((await hit.value()) as T);
  const value = compute();
  cache.set(key, { snapshot, value: inTurns(value) });
  value.catch(() => cache.delete(key)); // never keep a failure
  return structuredClone(await value);
}
