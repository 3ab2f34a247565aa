import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { is, sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from '#db/schema/index';
import { bootstrapSql } from './db-bootstrap.server';
import { logger } from './logger.server';
import type { DatabaseMemory } from './memory-usage.server';
import { namingStatements } from './named-statements.server';
import { preparingStatements } from './pglite-prepared.server';
import { startPgliteThread } from './pglite-worker-thread.server';

export type Schema = typeof schema;
/** Both drivers expose the same query builder; we type against node-postgres. */
export type Db = NodePgDatabase<Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

type Read = () => unknown;

/**
 * Independent reads, side by side where that is safe: on the pool each gets its own connection, but a
 * transaction has one, where PostgreSQL runs one query at a time anyway and pg warns of overlapping
 * queries (an error from pg 9) — there they run one after another. Use it instead of `Promise.all`
 * for reads on a `DbOrTx`; tests fail on an overlap (tests/setup/one-query-per-client.ts).
 */
export async function readTogether<const R extends readonly Read[]>(
  db: DbOrTx,
  reads: R,
): Promise<{ -readonly [K in keyof R]: Awaited<ReturnType<R[K]>> }> {
  if (!is(db, PgTransaction)) return (await Promise.all(reads.map((read) => read()))) as never;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as never;
}

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  ping(): Promise<void>;
  migrationsCurrent(): Promise<boolean>;
  close(): Promise<void>;
  /** PGlite only: a tarball of the data dir (backups; cloning migrated test databases). */
  dump?(compression?: 'none' | 'gzip'): Promise<Blob>;
  /** PGlite only: where its memory is (bench:load's breakdown). */
  memory?(): Promise<DatabaseMemory>;
}

export const migrationsFolder = path.resolve(process.cwd(), 'db/migrations');

function migrationCount(): number {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

async function appliedCount(db: Db): Promise<number> {
  try {
    const r = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    return Number(r.rows[0]?.n ?? 0);
  } catch {
    return 0;
  }
}

const pgliteSharedBuffers = '32MB';
/**
 * PostgreSQL keeps finished WAL segments for reuse up to about max_wal_size (1 GB by default): after a
 * seed or an import of 50,000 pledges the folder held 480 MB of renamed, unused segments, kept for
 * good. 128 MB caps that (the checkpoint that follows a bulk write removes the surplus) at no
 * measurable cost: three VACUUM FULLs of 50,000 pledges took 3.9 s of CPU with the default and 3.8 s
 * with this (docs/measurements.md, 2026-12-07 stop 22).
 */
const pgliteWal = ['-c', 'max_wal_size=128MB', '-c', 'min_wal_size=32MB'];

/**
 * Measurement only (`npm run bench:load` sets it through LOAD_STATS; tests count a page's queries):
 * called with each query's duration, waiting for the connection included, its text and parameters.
 * Unset in normal running: one check per query.
 */
export type QueryObserver = (ms: number, text: string, params: readonly unknown[]) => void;
let queryObserver: QueryObserver | undefined;
export function observeQueries(observer: QueryObserver | undefined): void {
  queryObserver = observer;
}

/**
 * How many statements and transactions that may have written data have finished in this process:
 * every statement but a plain read (`readOnly`), and every transaction (whatever it did). A cache of
 * something read from the database that notes this number when it reads knows a write of this
 * process has happened since when the number differs (app/platform/memoised-read.ts). Writes by other
 * processes (another instance on the same PostgreSQL) are not seen here.
 *
 * Kept on globalThis, as the platform is (stack-notes G8): the server's bundle (build/server-main)
 * opens the database and counts its writes, and the routes' bundle (build/server), whose caches read
 * the count, carries a copy of this module of its own; a module-level counter there never moved.
 *
 * `embedded`: the embedded stores. Only this process writes to them (one process holds the data
 * folder's lock, and every write goes through the counted paths below), so an unchanged count means
 * their data unchanged. A PostgreSQL server may be written by other instances.
 */
const writeLogKey = Symbol.for('marsad.db-writes');
type WriteLogHolder = { [writeLogKey]?: { finished: number; embedded: WeakSet<object> } };
const holder = globalThis as WriteLogHolder;
holder[writeLogKey] ??= { finished: 0, embedded: new WeakSet() };
const writeLog = holder[writeLogKey];
export const writesFinished = (): number => writeLog.finished;
export const everyWriteCounted = (db: object): boolean => writeLog.embedded.has(db);

/**
 * A plain SELECT or SHOW, or a WITH whose text names no writing command: a search or a list built on
 * CTEs is a read, and counting it as a write renewed every memoised read after it (a word such as
 * `update` in a string or a name only makes a read count as a write, which is safe).
 */
const readOnly = /^\s*(select\b|show\b|with\b(?![\s\S]*\b(insert|update|delete|merge)\b))/i;
const textOf = (arg: unknown) =>
  typeof arg === 'string'
    ? arg
    : typeof arg === 'object' && arg
      ? String((arg as { text?: string }).text)
      : '';

function observed<T extends { query: (...args: never[]) => unknown }>(target: T): T {
  const query = target.query.bind(target) as (...args: unknown[]) => unknown;
  target.query = ((...args: unknown[]) => {
    const writes = !readOnly.test(textOf(args[0]));
    if (!queryObserver && !writes) return query(...args);
    const started = performance.now();
    const result = query(...args);
    // The promise form only (drizzle's); a callback call passes through unmeasured.
    return result instanceof Promise
      ? result.finally(() => {
          if (writes) writeLog.finished++;
          queryObserver?.(
            performance.now() - started,
            textOf(args[0]),
            Array.isArray(args[1]) ? args[1] : ((args[0] as { values?: unknown[] })?.values ?? []),
          );
        })
      : result;
  }) as T['query'];
  return target;
}

/** Counts PGlite's transactions and scripts (migrations, maintenance) as writes when they end. */
function countingPgliteWrites(client: PGlite): PGlite {
  const transaction = client.transaction.bind(client);
  client.transaction = ((callback) =>
    transaction(callback).finally(() => writeLog.finished++)) as typeof client.transaction;
  const exec = client.exec.bind(client);
  client.exec = ((...args) => exec(...args).finally(() => writeLog.finished++)) as typeof client.exec;
  return client;
}

/**
 * Counts a pooled connection handed out for a transaction as a write when it goes back to the pool
 * (after its COMMIT or ROLLBACK). Only the promise form (drizzle's transactions); the pool's own
 * callback calls (pool.query) pass through and are counted by `observed`.
 */
function countingPoolWrites(pool: pg.Pool): pg.Pool {
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  pool.connect = ((...args: unknown[]) => {
    if (args.length) return connect(...args);
    return (connect() as Promise<pg.PoolClient>).then((client) => {
      const release = client.release;
      client.release = (...a: Parameters<typeof release>) => {
        writeLog.finished++;
        return release.apply(client, a);
      };
      return client;
    });
  }) as typeof pool.connect;
  return pool;
}

export async function openPglite(
  options: {
    dataDir?: string;
    loadDataDir?: Blob;
    /** Off only for the benchmarks' A/B (bench/statements.ts), on either path. */
    preparedStatements?: boolean;
    /** PGlite in a worker thread, reached through node-postgres (PGLITE_WORKER; decision 89). */
    worker?: boolean;
    /** With `worker`: called if the thread ends while the store is open (the server exits so that it is restarted). */
    onLost?: (error: Error) => void;
  } = {},
): Promise<Database> {
  // 128 MB of shared buffers (the default) costs as much RSS; the OS page cache serves the data folder.
  const startParams = [
    ...PGlite.defaultStartParams,
    '-c',
    `shared_buffers=${pgliteSharedBuffers}`,
    ...pgliteWal,
  ];
  if (options.worker) return openPgliteThread({ ...options, startParams });
  const client = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: { pg_trgm },
    startParams,
  });
  const statements = options.preparedStatements === false ? client : preparingStatements(client);
  const db = drizzlePglite(observed(countingPgliteWrites(statements)), { schema }) as unknown as Db;
  writeLog.embedded.add(db);
  return {
    db,
    kind: 'pglite',
    async migrate() {
      await client.exec(bootstrapSql);
      await migratePglite(drizzlePglite(client), { migrationsFolder });
    },
    async ping() {
      await client.query('select 1');
    },
    async migrationsCurrent() {
      return (await appliedCount(db)) >= migrationCount();
    },
    async close() {
      await client.close();
    },
    async dump(compression = 'none') {
      return (await client.dumpDataDir(compression)) as Blob;
    },
    async memory() {
      return { wasmBytes: client.Module.HEAPU8.byteLength };
    },
  };
}

/**
 * The worker's PGlite serves one session: one connection, so the pool hands it to one transaction at
 * a time and queues the rest, as PGlite's own transaction lock does on the main thread. node-postgres
 * parses the results here, exactly as with a PostgreSQL server; the worker moves bytes only.
 */
async function openPgliteThread(options: {
  dataDir?: string;
  loadDataDir?: Blob;
  startParams: string[];
  onLost?: (error: Error) => void;
  preparedStatements?: boolean;
}): Promise<Database> {
  const thread = await startPgliteThread(options);
  const database = openPool(
    // The one connection stays open while idle: its named statements live as long as it does.
    { host: thread.socketDir, user: 'postgres', database: 'postgres', max: 1, idleTimeoutMillis: 0 },
    'pglite',
    options.preparedStatements,
  );
  const { pool } = database;
  writeLog.embedded.add(database.db);
  return {
    ...database,
    async close() {
      await database.close();
      await thread.close();
    },
    memory: () => thread.memory(),
    async dump(compression = 'none') {
      // Holding the only connection: the dump is taken between transactions, never in one.
      const connection = await pool.connect();
      try {
        return await thread.dump(compression);
      } finally {
        connection.release();
      }
    },
  };
}

export async function openPostgres(
  url: string,
  options: { max?: number /** Off only for bench/statements.ts. */; preparedStatements?: boolean } = {},
): Promise<Database> {
  return openPool({ connectionString: url, max: options.max ?? 10 }, 'postgres', options.preparedStatements);
}

function openPool(config: pg.PoolConfig, kind: Database['kind'], named = true): Database & { pool: pg.Pool } {
  const pool = new pg.Pool(config);
  if (named) namingStatements(pool, { sharedSession: kind === 'pglite' });
  // An idle connection the server closes (restart, failover, a dropped test database) must not
  // crash the process: the pool discards it and opens a new one on the next query.
  pool.on('error', (error) => {
    logger.warn({ code: (error as { code?: string }).code }, 'database connection lost');
  });
  const db = drizzleNodePg(observed(countingPoolWrites(pool)), { schema });
  return {
    db,
    kind,
    pool,
    async migrate() {
      const c = await pool.connect();
      try {
        // One migrator at a time when several instances start together.
        await c.query('select pg_advisory_lock(727274)');
        await c.query(bootstrapSql);
        await migrateNodePg(drizzleNodePg(c), { migrationsFolder });
      } finally {
        await c.query('select pg_advisory_unlock(727274)').catch(() => {});
        c.release();
      }
    },
    async ping() {
      await pool.query('select 1');
    },
    async migrationsCurrent() {
      return (await appliedCount(db)) >= migrationCount();
    },
    async close() {
      await pool.end();
    },
  };
}

/**
 * PGlite has no inter-process lock: two processes on one folder silently lose data. We hold an
 * exclusive flock(2) on DATA_DIR/.marsad.lock for the life of the process. The kernel releases it
 * when the process ends however it ends (kill -9 included), so a dead owner never blocks and a live
 * one always does; a recycled PID means nothing. Node has no flock call: util-linux `flock` takes
 * the lock on our open file (the lock belongs to the open file, which we keep after it exits).
 * The file also names the owner's PID, for the error message only.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, '.marsad.lock');
  const fd = fs.openSync(lockFile, fs.constants.O_RDWR | fs.constants.O_CREAT, 0o600);
  const taken = spawnSync('flock', ['--exclusive', '--nonblock', '3'], {
    stdio: ['ignore', 'ignore', 'pipe', fd],
  });
  if (taken.error || taken.status !== 0) {
    const owner = fs.readFileSync(fd, 'utf8').trim();
    fs.closeSync(fd);
    if (taken.error) {
      throw new Error(
        `Could not lock ${lockFile}: the flock command (util-linux) is needed for the embedded database (${taken.error.message}).`,
      );
    }
    throw new Error(
      `The data folder ${dataDir} is in use by another Marsad process${owner ? ` (pid ${owner})` : ''}. ` +
        'The embedded database serves one process only: stop the other one, use another DATA_DIR, ' +
        'or set DATABASE_URL to a PostgreSQL server to run several processes.',
    );
  }
  fs.ftruncateSync(fd);
  fs.writeSync(fd, String(process.pid), 0);
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    fs.closeSync(fd); // closing our only descriptor of the file releases the lock
  };
}

/**
 * Refuses to start on a missing or empty embedded database that sits beside a copy a restore put
 * aside (`pglite.before-restore-*`): a restore stopped half-way, and starting would create a fresh,
 * empty database that looks like data loss. Says how to go back.
 */
export function assertRestoreFinished(dataDir: string): void {
  const live = path.join(dataDir, 'pglite');
  if (fs.existsSync(path.join(live, 'PG_VERSION'))) return;
  const kept = fs.existsSync(dataDir)
    ? fs
        .readdirSync(dataDir)
        .filter((f) => f.startsWith('pglite.before-restore-'))
        .sort()
    : [];
  const latest = kept.at(-1);
  if (!latest) return;
  throw new Error(
    `${live} is missing or empty, beside ${path.join(dataDir, latest)}: a restore did not finish. ` +
      `Nothing was started. To go back to the database from before the restore: rm -rf "${live}" && ` +
      `mv "${path.join(dataDir, latest)}" "${live}"; or run the restore again (npm run marsad -- restore --from <file> --force).`,
  );
}

export async function openDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  pgliteWorker?: boolean;
  onLost?: (error: Error) => void;
}): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite({
    dataDir: path.join(options.dataDir, 'pglite'),
    worker: options.pgliteWorker,
    onLost: options.onLost,
  });
}
