import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Command, UsageError } from '../command';

export const backupCommand: Command = {
  summary: 'Write a compressed copy of the embedded database to a file',
  usage: [
    'backup --out <file.tar.gz>',
    '',
    'Embedded database only, and only while the server is stopped (the data folder is locked while',
    'it runs). On PostgreSQL use pg_dump -Fc instead. Restore with `restore --from <file>`.',
  ].join('\n'),
  async run({ argv, platform, print }) {
    const { values } = parseArgs({ args: argv, options: { out: { type: 'string' } }, strict: true });
    if (!values.out) throw new UsageError('--out is required');
    const out = path.resolve(values.out);
    if (fs.existsSync(out)) throw new UsageError(`${out} exists already; choose another file name`);
    const { database } = await platform();
    if (!database.dump) throw new UsageError('DATABASE_URL is set: back up PostgreSQL with pg_dump -Fc');
    const blob = await database.dump('gzip');
    fs.writeFileSync(out, Buffer.from(await blob.arrayBuffer()), { mode: 0o600 });
    print(`Backup written to ${out} (${fs.statSync(out).size} bytes).`);
    return 0;
  },
};
