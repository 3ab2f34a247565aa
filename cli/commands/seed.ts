import { parseArgs } from 'node:util';
import { demoPasswordFor, seedDemo } from '#seed/demo';
import { maintainDatabase } from '~/platform/db-maintenance.server';
import type { Command } from '../command';

export const seedCommand: Command = {
  summary: 'Update the GCM reference data (and optionally load the sample data set)',
  usage: [
    'seed [--demo]',
    '',
    'Reference rows (objectives, principles, regions, countries, …) are upserted from data/reference;',
    'corrections made in the admin area are kept. --demo loads the sample accounts into an empty',
    'database only; in production (NODE_ENV=production) they get DEMO_PASSWORD, or no password at all',
    '(sign in after "forgot password"), never the published one.',
  ].join('\n'),
  async run({ argv, platform, print }) {
    const { values } = parseArgs({
      args: argv,
      options: { demo: { type: 'boolean', default: false } },
      strict: true,
    });
    const { database, config } = await platform(); // opening the platform upserts the reference data
    print('Reference data is up to date.');
    if (values.demo) {
      await seedDemo(database.db, { password: demoPasswordFor(config) });
      await maintainDatabase({ db: database.db });
      print('Sample data loaded (skipped if the database already had users).');
    }
    return 0;
  },
};
