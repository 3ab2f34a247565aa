import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '~/platform/config.server';
import { type Database, openPglite } from '~/platform/db.server';
import { UsageError } from './command';

/**
 * One backup archive (tar.gz) holds everything a Marsad instance keeps:
 *   manifest.json                 what is inside, what was left out and why, a SHA-256 per file
 *   database/pglite.tar           the embedded database (PGlite's own dump), or
 *   database/database.pgdump      PostgreSQL (pg_dump -Fc)
 *   data/files/…                  uploaded files (local storage; with S3 they stay in the bucket)
 *   data/outbox/…                 mail written to the outbox (no SMTP_URL)
 *   data/session-secret           the generated session secret (none when SESSION_SECRET is set)
 * GNU tar and gzip do the packing (streamed, no size limit in memory); the manifest's hashes let
 * `backup --verify` and `restore` prove an archive complete before anything live is touched.
 */
export const manifestName = 'manifest.json';
const manifestFormat = 'marsad-backup/1';

export interface Manifest {
  format: typeof manifestFormat;
  createdAt: string;
  store: 'pglite' | 'postgres';
  database: string;
  /** Relative path → SHA-256 (hex) of every file in the archive but the manifest. */
  sha256: Record<string, string>;
  included: { files: number; outbox: number; sessionSecret: boolean };
  /** What a restore will not bring back, in words for the operator. */
  leftOut: string[];
}

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.error) throw new Error(`${what}: could not run ${command} (${result.error.message})`);
  if (result.status !== 0)
    throw new Error(`${what} failed: ${result.stderr.trim() || `exit ${result.status}`}`);
}

function hashFile(file: string): string {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const n = fs.readSync(fd, buffer);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/** Every regular file under root, as paths relative to base. */
function filesUnder(base: string, root: string): string[] {
  const dir = path.join(base, root);
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(base, path.join(e.parentPath, e.name)));
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

/** Writes the archive to `out` (through out.partial, so a failed backup leaves no half file). */
export async function createBackup(options: {
  config: Config;
  database: Database;
  out: string;
}): Promise<Manifest> {
  const { config, database, out } = options;
  const staging = fs.mkdtempSync(path.join(config.DATA_DIR, '.backup-'));
  const partial = `${out}.partial`;
  try {
    fs.mkdirSync(path.join(staging, 'database'));
    let databaseEntry: string;
    if (database.dump) {
      databaseEntry = 'database/pglite.tar';
      const blob = await database.dump('none');
      fs.writeFileSync(path.join(staging, databaseEntry), Buffer.from(await blob.arrayBuffer()));
    } else {
      databaseEntry = 'database/database.pgdump';
      run(
        'pg_dump',
        [
          '--format=custom',
          '--no-owner',
          `--file=${path.join(staging, databaseEntry)}`,
          config.DATABASE_URL!,
        ],
        'pg_dump',
      );
    }
    const leftOut: string[] = [];
    const dataEntries: string[] = [];
    const sha256: Record<string, string> = { [databaseEntry]: hashFile(path.join(staging, databaseEntry)) };
    const dataFiles = (name: string) => {
      const found = filesUnder(config.DATA_DIR, name);
      if (found.length) dataEntries.push(name);
      for (const f of found) sha256[`data/${f}`] = hashFile(path.join(config.DATA_DIR, f));
      return found.length;
    };
    const files = dataFiles('files');
    if (config.S3_ENDPOINT)
      leftOut.push(
        `uploaded files: they are in the S3 bucket ${config.S3_BUCKET}; back it up with the provider's tools`,
      );
    const outbox = dataFiles('outbox');
    const secretFile = path.join(config.DATA_DIR, 'session-secret');
    // The generated secret is the one in use unless SESSION_SECRET came from the environment.
    const sessionSecret =
      fs.existsSync(secretFile) && fs.readFileSync(secretFile, 'utf8').trim() === config.SESSION_SECRET;
    if (sessionSecret) {
      dataEntries.push('session-secret');
      sha256['data/session-secret'] = hashFile(secretFile);
    } else {
      leftOut.push('the session secret: it comes from SESSION_SECRET; keep it with your secrets');
    }
    const manifest: Manifest = {
      format: manifestFormat,
      createdAt: new Date().toISOString(),
      store: database.dump ? 'pglite' : 'postgres',
      database: databaseEntry,
      sha256,
      included: { files, outbox, sessionSecret },
      leftOut,
    };
    fs.writeFileSync(path.join(staging, manifestName), JSON.stringify(manifest, null, 2));
    const args = ['-czf', partial, '-C', staging, manifestName, 'database'];
    // Stored under data/ in the archive: GNU tar's --transform renames on the way in.
    if (dataEntries.length) args.push('--transform', 's,^\\(files\\|outbox\\|session-secret\\),data/\\1,');
    if (dataEntries.length) args.push('-C', config.DATA_DIR, ...dataEntries);
    run('tar', args, 'tar');
    fs.chmodSync(partial, 0o600);
    fs.renameSync(partial, out);
    return manifest;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(partial, { force: true });
  }
}

/**
 * Unpacks an archive into `into` and checks it completely: the gzip stream and tar structure (tar
 * fails on a truncated or corrupt file), the manifest, every file's SHA-256, and the database dump
 * (PGlite: opened in memory and queried; PostgreSQL: pg_restore reads the whole archive).
 */
export async function unpackAndVerify(file: string, into: string): Promise<Manifest> {
  fs.mkdirSync(into, { recursive: true });
  run('tar', ['-xzf', file, '-C', into], `Unpacking ${file}`);
  const manifestFile = path.join(into, manifestName);
  let manifest: Manifest;
  if (fs.existsSync(manifestFile)) {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
  } else if (fs.existsSync(path.join(into, 'PG_VERSION'))) {
    manifest = legacyManifest(file); // a bare PGlite dump, as `backup` wrote before it had a manifest
  } else {
    throw new Error(`${file} is not a Marsad backup (no ${manifestName})`);
  }
  if (manifest.format !== manifestFormat)
    throw new Error(`${file}: unknown backup format ${manifest.format}`);
  for (const [entry, expected] of Object.entries(manifest.sha256)) {
    const at = path.join(into, entry);
    if (!fs.existsSync(at)) throw new Error(`${file} is incomplete: ${entry} is missing`);
    if (hashFile(at) !== expected)
      throw new Error(`${file} is damaged: ${entry} does not match its checksum`);
  }
  const dump = path.resolve(into, manifest.database);
  if (manifest.store === 'pglite') {
    const database = await openPglite({ loadDataDir: new Blob([fs.readFileSync(dump)]) });
    try {
      await database.ping();
    } finally {
      await database.close();
    }
  } else {
    run('pg_restore', ['--file=/dev/null', dump], 'Reading the PostgreSQL dump');
  }
  return manifest;
}

function legacyManifest(file: string): Manifest {
  return {
    format: manifestFormat,
    createdAt: fs.statSync(file).mtime.toISOString(),
    store: 'pglite',
    database: path.resolve(file),
    sha256: {},
    included: { files: 0, outbox: 0, sessionSecret: false },
    leftOut: ['uploaded files, the outbox and the session secret: an older Marsad made this archive'],
  };
}

export function describeManifest(manifest: Manifest): string[] {
  return [
    `Made ${manifest.createdAt} from the ${manifest.store === 'pglite' ? 'embedded database' : 'PostgreSQL database'}.`,
    `Holds the database, ${manifest.included.files} uploaded file(s), ${manifest.included.outbox} outbox mail(s)` +
      `${manifest.included.sessionSecret ? ' and the session secret' : ''}.`,
    ...manifest.leftOut.map((l) => `Left out: ${l}.`),
  ];
}

/** Moves `live` aside (when present) and `staged` into its place; returns where the old one went. */
function swap(staged: string, live: string, suffix: string): string | undefined {
  let kept: string | undefined;
  if (fs.existsSync(live)) {
    kept = `${live}.before-restore-${suffix}`;
    fs.renameSync(live, kept);
  }
  if (fs.existsSync(staged)) fs.renameSync(staged, live);
  return kept;
}

/**
 * Restores an archive into DATA_DIR (and the PostgreSQL database when DATABASE_URL is set). Nothing
 * live is touched until the archive is unpacked and verified and, for the embedded database, the
 * new data folder is built beside the live one; then each part is swapped in by rename on the same
 * file system, the old one kept as <name>.before-restore-<time>. A crash between the renames leaves a
 * missing pglite folder beside its before-restore copy, which start-up refuses with the way back.
 */
export async function restoreBackup(options: {
  config: Config;
  file: string;
  force: boolean;
  print(line: string): void;
}): Promise<Manifest> {
  const { config, file, force, print } = options;
  const livePglite = path.join(config.DATA_DIR, 'pglite');
  fs.mkdirSync(config.DATA_DIR, { recursive: true });
  const staging = fs.mkdtempSync(path.join(config.DATA_DIR, '.restore-'));
  try {
    const unpacked = path.join(staging, 'archive');
    const manifest = await unpackAndVerify(file, unpacked);
    if ((manifest.store === 'postgres') !== Boolean(config.DATABASE_URL)) {
      throw new UsageError(
        manifest.store === 'postgres'
          ? 'This backup is of a PostgreSQL database: set DATABASE_URL to the database to restore into'
          : 'This backup is of the embedded database: unset DATABASE_URL to restore it',
      );
    }
    if (!force && (fs.existsSync(livePglite) || fs.existsSync(path.join(config.DATA_DIR, 'files')))) {
      throw new UsageError(`${config.DATA_DIR} holds data already; pass --force to replace it`);
    }
    if (manifest.store === 'pglite') {
      const built = await openPglite({
        dataDir: path.join(staging, 'pglite'),
        loadDataDir: new Blob([fs.readFileSync(path.resolve(unpacked, manifest.database))]),
      });
      await built.ping();
      await built.close();
    } else {
      if (!force) throw new UsageError('Restoring PostgreSQL replaces its tables: pass --force');
      run(
        'pg_restore',
        [
          '--clean',
          '--if-exists',
          '--no-owner',
          '--single-transaction',
          `--dbname=${config.DATABASE_URL}`,
          path.join(unpacked, manifest.database),
        ],
        'pg_restore',
      );
    }
    const suffix = stamp();
    const parts: [string, string][] = [
      [path.join(unpacked, 'data/files'), path.join(config.DATA_DIR, 'files')],
      [path.join(unpacked, 'data/outbox'), path.join(config.DATA_DIR, 'outbox')],
    ];
    if (manifest.included.sessionSecret) {
      parts.push([path.join(unpacked, 'data/session-secret'), path.join(config.DATA_DIR, 'session-secret')]);
    }
    // The database last: until it is in place, start-up still finds the old one.
    if (manifest.store === 'pglite') parts.push([path.join(staging, 'pglite'), livePglite]);
    for (const [staged, live] of parts) {
      if (!fs.existsSync(staged) && !fs.existsSync(live)) continue;
      const kept = swap(staged, live, suffix);
      if (kept) print(`Kept the previous ${path.basename(live)} as ${kept}.`);
    }
    return manifest;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
