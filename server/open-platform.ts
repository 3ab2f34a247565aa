import fs from 'node:fs';
import path from 'node:path';
import { seedReference } from '#db/seed/reference';
import { demoPasswordFor } from '#seed/demo';
import { seedOnStart } from '#seed/seed-on-start';
import { contentTypes } from '~/content-types.server';
import { ensureContentIndex } from '~/modules/content/reindex.server';
import { seedIndicatorCatalogue } from '~/modules/indicators/seed-indicator-catalogue.server';
import type { Config } from '~/platform/config.server';
import { assertRestoreFinished, type Database, lockDataDir, openDatabase } from '~/platform/db.server';
import { maintainDatabase } from '~/platform/db-maintenance.server';
import { logger } from '~/platform/logger.server';
import { createMailer } from '~/platform/mailer.server';
import { type Platform, setPlatform } from '~/platform/platform.server';

export interface OpenedPlatform extends Platform {
  close(): Promise<void>;
}

/**
 * Opens what the server and the CLI share: the data-folder lock (embedded database: one process
 * only), the database, migrations, the mailer, reference data, and, for the server, demo data on
 * an empty database. Closing releases everything in reverse.
 */
export async function openPlatform(options: { config: Config; demo?: boolean }): Promise<OpenedPlatform> {
  const { config } = options;
  const release = config.DATABASE_URL ? () => {} : lockDataDir(config.DATA_DIR);
  process.once('exit', release); // also on a forced exit
  let database: Database | undefined;
  try {
    if (!config.DATABASE_URL) assertRestoreFinished(config.DATA_DIR);
    const firstRun =
      !config.DATABASE_URL && !fs.existsSync(path.join(config.DATA_DIR, 'pglite', 'PG_VERSION'));
    if (firstRun) logger.info('first run: creating the embedded database (this takes a few seconds)…');
    database = await openDatabase({
      databaseUrl: config.DATABASE_URL,
      dataDir: config.DATA_DIR,
      pgliteWorker: config.PGLITE_WORKER,
      // A dead database thread leaves a process that answers every request with an error: end it, so
      // that the service manager starts a fresh one (the data-folder lock goes with the process).
      onLost: (error) => {
        logger.fatal({ err: error.message }, 'the embedded database thread ended: exiting');
        process.exit(1);
      },
    });
    await database.migrate();
    const mailer = createMailer({
      smtpUrl: config.SMTP_URL,
      from: config.MAIL_FROM,
      dataDir: config.DATA_DIR,
    });
    setPlatform({ config, database, mailer });
    if (options.demo === undefined) await seedReference(database.db);
    else await seedOnStart({ db: database.db, demo: options.demo, demoPassword: demoPasswordFor(config) });
    await seedIndicatorCatalogue(database.db);
    // Backfills a content type added or changed since the last start (a no-op otherwise).
    const rebuilt = await ensureContentIndex(database.db, contentTypes);
    for (const { type, items } of rebuilt) logger.info({ type, items }, 'content index rebuilt');
    // After seeds and rebuilds: the embedded store has no autovacuum (a no-op when nothing is due).
    await maintainDatabase({ db: database.db });
    const opened = database;
    return {
      config,
      database,
      mailer,
      async close() {
        setPlatform(undefined);
        await opened.close().catch(() => {});
        release();
      },
    };
  } catch (error) {
    setPlatform(undefined);
    await database?.close().catch(() => {});
    release();
    throw error;
  }
}
