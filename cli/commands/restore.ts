import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '~/platform/config.server';
import { lockDataDir, openPglite } from '~/platform/db.server';
import { type Command, UsageError } from '../command';

export const restoreCommand: Command = {
  summary: 'Replace the embedded database with a backup made by `backup`',
  usage: [
    'restore --from <file.tar.gz> [--force]',
    '',
    'Embedded database only, with the server stopped. Without --force it refuses when DATA_DIR already',
    'holds a database; with --force the current database is kept beside it as pglite.before-restore-<time>.',
    'The restored database is migrated to this version of Marsad at the next start.',
  ].join('\n'),
  async run({ argv, print }) {
    const { values } = parseArgs({
      args: argv,
      options: { from: { type: 'string' }, force: { type: 'boolean', default: false } },
      strict: true,
    });
    if (!values.from) throw new UsageError('--from is required');
    const from = path.resolve(values.from);
    if (!fs.existsSync(from)) throw new UsageError(`${from} does not exist`);
    const config = loadConfig();
    if (config.DATABASE_URL) throw new UsageError('DATABASE_URL is set: restore PostgreSQL with pg_restore');
    const release = lockDataDir(config.DATA_DIR);
    try {
      const target = path.join(config.DATA_DIR, 'pglite');
      if (fs.existsSync(target)) {
        if (!values.force) throw new UsageError(`${target} holds a database; pass --force to replace it`);
        const kept = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        fs.renameSync(target, kept);
        print(`The current database was moved to ${kept}.`);
      }
      const database = await openPglite({ dataDir: target, loadDataDir: new Blob([fs.readFileSync(from)]) });
      await database.ping();
      await database.close();
      print(`Restored ${from} into ${target}.`);
      return 0;
    } finally {
      release();
    }
  },
};
