import { seedReference } from '#db/seed/reference';
import { type Config, loadConfig } from '~/platform/config.server';
import { type Database, lockDataDir, openDatabase } from '~/platform/db.server';
import { createMailer } from '~/platform/mailer.server';
import { type Platform, setPlatform } from '~/platform/platform.server';

export interface CliPlatform extends Platform {
  close(): Promise<void>;
}

/**
 * Opens the platform as the server does (server/start.ts): configuration, the data-folder lock
 * for the embedded database (so the CLI refuses to run beside a server on the same DATA_DIR),
 * database, migrations, reference data. Demo data is never loaded from here.
 */
export async function openCliPlatform(env: NodeJS.ProcessEnv = process.env): Promise<CliPlatform> {
  const config: Config = loadConfig(env);
  const release = config.DATABASE_URL ? () => {} : lockDataDir(config.DATA_DIR);
  let database: Database | undefined;
  try {
    database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
    await database.migrate();
    const mailer = createMailer({
      smtpUrl: config.SMTP_URL,
      from: config.MAIL_FROM,
      dataDir: config.DATA_DIR,
    });
    setPlatform({ config, database, mailer });
    await seedReference(database.db);
    const platform: Platform = { config, database, mailer };
    const opened = database;
    return {
      ...platform,
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
