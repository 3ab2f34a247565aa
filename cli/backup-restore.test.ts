import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '~/platform/config.server';
import { openPlatform } from '../server/open-platform';
import { main } from './main';

/**
 * Findings 2 and 3 of issue 10: a backup holds the database, the uploaded files, the outbox and the
 * generated session secret; a damaged archive is refused before anything live changes; start-up
 * refuses an empty database beside a before-restore copy. Real embedded databases in temp folders.
 */
describe('backup and restore', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-backup-'));
  const live = path.join(root, 'live');
  const elsewhere = path.join(root, 'elsewhere');
  const saved = { ...process.env };
  const printed: string[] = [];
  const setDataDir = (dir: string) => {
    process.env.DATA_DIR = dir;
  };

  beforeAll(() => {
    Object.assign(process.env, { NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    delete process.env.DATABASE_URL;
    delete process.env.SESSION_SECRET;
    vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(String(line)));
    vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(String(line)));
  });
  afterAll(() => {
    process.env = saved;
    vi.restoreAllMocks();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('backs up everything, verifies, refuses a truncated archive untouched, and restores elsewhere', async () => {
    setDataDir(live);
    expect(
      await main([
        'create-admin',
        '--email',
        'ops@example.org',
        '--name',
        'Ops',
        '--password',
        'long enough pass',
      ]),
    ).toBe(0);
    // An uploaded file and a mail in the outbox, where the local storage and the mailer keep them.
    fs.mkdirSync(path.join(live, 'files/ab'), { recursive: true });
    fs.writeFileSync(path.join(live, 'files/ab/attachment-1'), 'the attachment bytes');
    fs.mkdirSync(path.join(live, 'outbox'), { recursive: true });
    fs.writeFileSync(path.join(live, 'outbox/mail-1.json'), '{"to":"a@example.org"}');
    const secret = fs.readFileSync(path.join(live, 'session-secret'), 'utf8');

    const archive = path.join(root, 'marsad.tar.gz');
    printed.length = 0;
    expect(await main(['backup', '--out', archive])).toBe(0);
    expect(printed.join('\n')).toContain('1 uploaded file(s), 1 outbox mail(s) and the session secret');
    printed.length = 0;
    expect(await main(['backup', '--verify', archive])).toBe(0);
    expect(printed.join('\n')).toContain('is complete and readable');

    // A truncated copy: --verify says so, and restore --force changes nothing live.
    const truncated = path.join(root, 'truncated.tar.gz');
    const bytes = fs.readFileSync(archive);
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    printed.length = 0;
    expect(await main(['backup', '--verify', truncated])).toBe(1);
    expect(printed.join('\n')).toContain('failed verification');
    const before = fs.readdirSync(live).sort();
    expect(await main(['restore', '--from', truncated, '--force'])).toBe(1);
    expect(fs.readdirSync(live).sort()).toEqual(before);
    expect(fs.existsSync(path.join(live, 'pglite/PG_VERSION'))).toBe(true);

    // Restored into another folder: the database, the file, the outbox and the secret are all there.
    setDataDir(elsewhere);
    expect(await main(['restore', '--from', archive])).toBe(0);
    expect(fs.readFileSync(path.join(elsewhere, 'files/ab/attachment-1'), 'utf8')).toBe(
      'the attachment bytes',
    );
    expect(fs.existsSync(path.join(elsewhere, 'outbox/mail-1.json'))).toBe(true);
    expect(fs.readFileSync(path.join(elsewhere, 'session-secret'), 'utf8')).toBe(secret);
    printed.length = 0;
    expect(await main(['create-admin', '--email', 'ops@example.org', '--name', 'Ops'])).toBe(0);
    expect(printed.join('\n')).not.toContain('Created administrator');

    // Again with --force over it: each previous part is kept beside the restored one.
    expect(await main(['restore', '--from', archive])).toBe(2);
    expect(await main(['restore', '--from', archive, '--force'])).toBe(0);
    const kept = fs.readdirSync(elsewhere).filter((f) => f.includes('.before-restore-'));
    expect([...new Set(kept.map((f) => f.split('.before-restore-')[0]))].sort()).toEqual([
      'files',
      'outbox',
      'pglite',
      'session-secret',
    ]);
  }, 180_000);

  it('refuses to start on an empty database folder beside a before-restore copy, saying how to recover', async () => {
    const dir = path.join(root, 'interrupted');
    fs.mkdirSync(path.join(dir, 'pglite'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'pglite.before-restore-2026-12-06T10-00-00-000Z'));
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, LOG_LEVEL: 'silent' });
    await expect(openPlatform({ config, demo: false })).rejects.toThrow(
      /a restore did not finish[\s\S]*mv ".*pglite\.before-restore-2026-12-06T10-00-00-000Z"/,
    );
    expect(fs.readdirSync(path.join(dir, 'pglite'))).toEqual([]); // no fresh database was created
  });
});

/** The same commands on PostgreSQL: pg_dump -Fc into the archive, pg_restore back (TEST_DATABASE_URL). */
describe.runIf(Boolean(process.env.TEST_DATABASE_URL))('backup and restore on PostgreSQL', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-pg-backup-'));
  const saved = { ...process.env };
  const names = [`marsad_bk_a_${process.pid}`, `marsad_bk_b_${process.pid}`];
  const admin = () => new pg.Client({ connectionString: saved.TEST_DATABASE_URL });
  const urlOf = (name: string) => {
    const url = new URL(saved.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const printed: string[] = [];

  beforeAll(async () => {
    const c = admin();
    await c.connect();
    for (const name of names) await c.query(`drop database if exists ${name} with (force)`);
    for (const name of names) await c.query(`create database ${name}`);
    await c.end();
    Object.assign(process.env, { NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: root });
    vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(String(line)));
    vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(String(line)));
  });
  afterAll(async () => {
    process.env = saved;
    vi.restoreAllMocks();
    const c = admin();
    await c.connect();
    for (const name of names) await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('dumps with pg_dump, verifies, and restores into another database', async () => {
    process.env.DATABASE_URL = urlOf(names[0]!);
    expect(
      await main([
        'create-admin',
        '--email',
        'pg@example.org',
        '--name',
        'PG',
        '--password',
        'long enough pass',
      ]),
    ).toBe(0);
    const archive = path.join(root, 'pg.tar.gz');
    expect(await main(['backup', '--out', archive])).toBe(0);
    printed.length = 0;
    expect(await main(['backup', '--verify', archive])).toBe(0);
    expect(printed.join('\n')).toContain('PostgreSQL database');

    process.env.DATABASE_URL = urlOf(names[1]!);
    expect(await main(['restore', '--from', archive])).toBe(2); // replacing tables needs --force
    expect(await main(['restore', '--from', archive, '--force'])).toBe(0);
    const c = new pg.Client({ connectionString: urlOf(names[1]!) });
    await c.connect();
    const { rows } = await c.query(`select email from users where email = 'pg@example.org'`);
    await c.end();
    expect(rows).toHaveLength(1);
  }, 120_000);
});
