import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '~/platform/config.server';
import { lockDataDir } from '~/platform/db.server';
import { describeManifest, restoreBackup } from '../backup-archive';
import { type Command, UsageError } from '../command';

export const restoreCommand: Command = {
  summary: 'Put back everything from an archive made by `backup`, after checking it completely',
  usage: [
    'restore --from <file.tar.gz> [--force]',
    '',
    'With every server stopped. The archive is unpacked and verified (checksums, the database dump',
    'opened) before anything live changes; a damaged archive changes nothing. Then the database, the',
    'uploaded files, the outbox and the session secret are swapped in, each previous one kept beside it',
    'as <name>.before-restore-<time>. Without --force it refuses when DATA_DIR already holds data. With',
    'DATABASE_URL the archive must be of PostgreSQL; pg_restore --clean replaces its tables in one',
    'transaction. The restored database is migrated to this version of Marsad at the next start.',
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
    // The embedded database: no server may hold the folder. PostgreSQL: stop the servers yourself.
    const release = config.DATABASE_URL ? () => {} : lockDataDir(config.DATA_DIR);
    try {
      const manifest = await restoreBackup({ config, file: from, force: values.force, print });
      for (const line of describeManifest(manifest)) print(line);
      print(
        `Restored ${from} into ${config.DATABASE_URL ? 'the PostgreSQL database and ' : ''}${config.DATA_DIR}.`,
      );
      return 0;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      // Verification comes first: a damaged archive stops here with nothing live changed.
      print(`Restore stopped: ${error instanceof Error ? error.message : error}`);
      return 1;
    } finally {
      release();
    }
  },
};
