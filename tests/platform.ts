import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { contentTypes } from '~/content-types.server';
import { checkContentType } from '~/modules/content/reindex.server';
import { loadConfig } from '~/platform/config.server';
import { type Database, openPglite, openPostgres } from '~/platform/db.server';
import { createMailer } from '~/platform/mailer.server';
import { type Platform, setPlatform } from '~/platform/platform.server';

export type TestStore = 'pglite' | 'postgres';

/** Stores to run integration tests on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const testStores: TestStore[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** PGLITE_WORKER=1 runs the PGlite side of the suite on the worker-thread store (decision 89). */
export const pgliteWorker = process.env.PGLITE_WORKER === '1';

async function openTestDatabase(store: TestStore): Promise<Database> {
  if (store === 'pglite') {
    const file = inject('pgliteTemplate');
    return openPglite({ loadDataDir: new Blob([fs.readFileSync(file)]), worker: pgliteWorker });
  }
  const url = process.env.TEST_DATABASE_URL!;
  const name = `marsad_t_${inject('runId')}_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject('postgresTemplate')}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openPostgres(target.toString(), { max: 4 });
  const close = database.close;
  database.close = async () => {
    await close();
    const a = new pg.Client({ connectionString: url });
    await a.connect();
    await a.query(`drop database if exists ${name} with (force)`);
    await a.end();
  };
  return database;
}

/** A fresh, migrated, reference-seeded platform for one test file (or one describe block). */
export async function createTestPlatform(
  store: TestStore = 'pglite',
): Promise<Platform & { dataDir: string; close(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    SESSION_SECRET: 'test-secret-test-secret-test-secret-00',
    SEED_DEMO: '0',
    LOG_LEVEL: 'silent',
  });
  const database = await openTestDatabase(store);
  const mailer = createMailer({ from: config.MAIL_FROM, dataDir });
  const platform: Platform = { config, database, mailer };
  setPlatform(platform);
  return {
    ...platform,
    dataDir,
    async close() {
      setPlatform(undefined);
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Fails with the items whose index rows are missing, differ from their sources or have none. */
export async function expectContentIndexInStep(db: Database['db']): Promise<void> {
  const problems: string[] = [];
  for (const type of contentTypes) {
    const drift = await checkContentType(db, type);
    for (const [what, ids] of Object.entries({
      missing: drift.missing,
      differing: drift.differing,
      orphaned: drift.orphaned,
    })) {
      for (const id of ids) problems.push(`${type.key} ${id}: ${what}`);
    }
  }
  if (problems.length) throw new Error(`content index out of step with its sources:\n${problems.join('\n')}`);
}

/**
 * Registers beforeAll/afterAll for a describe block and returns a getter for its platform.
 * Usage: for (const store of testStores) describe(store, () => { const t = useTestPlatform(store); … })
 */
export function useTestPlatform(store: TestStore = 'pglite', options: { checkContentIndex?: boolean } = {}) {
  let platform: Awaited<ReturnType<typeof createTestPlatform>> | undefined;
  beforeAll(async () => {
    platform = await createTestPlatform(store);
  });
  afterAll(async () => {
    try {
      // Whatever the tests wrote, the content index must say the same as its sources.
      if (platform && options.checkContentIndex !== false)
        await expectContentIndexInStep(platform.database.db);
    } finally {
      await platform?.close();
    }
  });
  return () => {
    if (!platform) throw new Error('test platform not ready');
    setPlatform(platform);
    return platform;
  };
}
