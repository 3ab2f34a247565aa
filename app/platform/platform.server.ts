import type { Config } from './config.server';
import type { Database, Db } from './db.server';
import type { Mailer } from './mailer.server';

/**
 * The process-wide services, opened once by server/main.ts (or the CLI, or a test) and shared
 * through globalThis so the server bundle and the tsx-run server see one database (stack-notes G8).
 */
export interface Platform {
  config: Config;
  database: Database;
  mailer: Mailer;
}

const key = Symbol.for('marsad.platform');
type Holder = { [key]?: Platform };

export function setPlatform(platform: Platform | undefined): void {
  (globalThis as Holder)[key] = platform;
}

export function getPlatform(): Platform {
  const platform = (globalThis as Holder)[key];
  if (!platform) throw new Error('Platform not initialised: call setPlatform() at start-up');
  return platform;
}

export function getDb(): Db {
  return getPlatform().database.db;
}
