import { seedReference } from '#db/seed/reference';
import type { Db } from '~/platform/db.server';
import { seedDemo } from './demo';
import { seedDemoPledges } from './demo-pledges';

/** Runs on every start: reference rows are upserted; demo data loads only into an empty database. */
export async function seedOnStart(options: {
  db: Db;
  demo: boolean;
  /** The sample accounts' password (demoPasswordFor); null: none. */
  demoPassword: string | null;
}): Promise<void> {
  await seedReference(options.db);
  if (options.demo && (await seedDemo(options.db, { password: options.demoPassword }))) {
    await seedDemoPledges(options.db);
  }
}
