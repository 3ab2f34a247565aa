import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from '#db/schema/index';
import { bootstrapSql } from './db-bootstrap.server';
import { logger } from './logger.server';

export type Schema = typeof schema;
/** Both drivers expose the same query builder; we type against node-postgres. */
export type Db = NodePgDatabase<Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  ping(): Promise<void>;
  migrationsCurrent(): Promise<boolean>;
  close(): Promise<void>;
  /** PGlite only: a tarball of the data dir (backups; cloning migrated test databases). */
  dump?(compression?: 'none' | 'gzip'): Promise<Blob>;
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

export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<Database> {
  const client = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: { pg_trgm },
    // 128 MB of shared buffers (the default) costs as much RSS; the OS page cache serves the data folder.
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${pgliteSharedBuffers}`],
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
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
  };
}

export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle connection the server closes (restart, failover, a dropped test database) must not
  // crash the process: the pool discards it and opens a new one on the next query.
  pool.on('error', (error) => {
    logger.warn({ code: (error as { code?: string }).code }, 'database connection lost');
  });
  const db = drizzleNodePg(pool, { schema });
  return {
    db,
    kind: 'postgres',
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
 * PGlite has no inter-process lock: two processes on one folder silently lose data.
 * We hold a lock file with our PID and refuse to start while another live process holds it.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, '.marsad.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockFile, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(fs.readFileSync(lockFile, 'utf8'));
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new Error(
          `The data folder ${dataDir} is in use by another Marsad process (pid ${pid}). ` +
            'The embedded database serves one process only: stop the other one, use another DATA_DIR, ' +
            'or set DATABASE_URL to a PostgreSQL server to run several processes.',
        );
      }
      fs.rmSync(lockFile, { force: true }); // stale lock from a crashed process
    }
  }
  throw new Error(`Could not lock ${lockFile}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite({ dataDir: path.join(options.dataDir, 'pglite') });
}
