import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBackup, describeManifest, unpackAndVerify } from '../backup-archive';
import { type Command, UsageError } from '../command';

export const backupCommand: Command = {
  summary: 'Write one archive of everything Marsad keeps (database, files, outbox, secret), or check one',
  usage: [
    'backup --out <file.tar.gz>',
    'backup --verify <file.tar.gz>',
    '',
    'The archive holds the database (the embedded one, or PostgreSQL through pg_dump -Fc when',
    'DATABASE_URL is set), the uploaded files in DATA_DIR/files, the outbox and the generated session',
    'secret, with a SHA-256 for each; it lists what it leaves out (files kept in S3, a SESSION_SECRET',
    'from the environment). The embedded database must be stopped (its data folder is locked while the',
    'server runs); PostgreSQL can be backed up while it serves. --verify unpacks an archive into a',
    'temporary folder, checks every checksum and opens the database dump, and changes nothing.',
    'Restore with `restore --from <file>`.',
  ].join('\n'),
  async run({ argv, platform, print }) {
    const { values } = parseArgs({
      args: argv,
      options: { out: { type: 'string' }, verify: { type: 'string' } },
      strict: true,
    });
    if (values.verify) {
      const file = path.resolve(values.verify);
      if (!fs.existsSync(file)) throw new UsageError(`${file} does not exist`);
      const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-verify-'));
      try {
        const manifest = await unpackAndVerify(file, scratch);
        for (const line of describeManifest(manifest)) print(line);
        print(`${file} is complete and readable.`);
        return 0;
      } catch (error) {
        print(`${file} failed verification: ${error instanceof Error ? error.message : error}`);
        return 1;
      } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
      }
    }
    if (!values.out) throw new UsageError('--out or --verify is required');
    const out = path.resolve(values.out);
    if (fs.existsSync(out)) throw new UsageError(`${out} exists already; choose another file name`);
    const { config, database } = await platform();
    const manifest = await createBackup({ config, database, out });
    print(`Backup written to ${out} (${fs.statSync(out).size} bytes).`);
    for (const line of describeManifest(manifest)) print(line);
    return 0;
  },
};
