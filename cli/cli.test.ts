import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from './main';

/** The operator CLI end to end on a real embedded database in a temporary DATA_DIR. */
describe('marsad CLI', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-cli-'));
  const saved = { ...process.env };
  const printed: string[] = [];

  beforeAll(() => {
    Object.assign(process.env, { DATA_DIR: dir, NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    delete process.env.DATABASE_URL;
    vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(String(line)));
    vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(String(line)));
  });
  afterAll(() => {
    process.env = saved;
    vi.restoreAllMocks();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates an admin, backs up, refuses to overwrite, and restores with --force', async () => {
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
    const backup = path.join(dir, 'backup.tar.gz');
    expect(await main(['backup', '--out', backup])).toBe(0);
    expect(fs.statSync(backup).size).toBeGreaterThan(1000);
    expect(await main(['backup', '--out', backup])).toBe(2); // never overwrites a file

    expect(await main(['restore', '--from', backup])).toBe(2);
    expect(printed.join('\n')).toContain('pass --force');
    expect(await main(['restore', '--from', backup, '--force'])).toBe(0);
    expect(fs.readdirSync(dir).some((f) => f.startsWith('pglite.before-restore-'))).toBe(true);

    // The restored database still has the administrator: promoting again reports an existing account.
    printed.length = 0;
    expect(await main(['create-admin', '--email', 'ops@example.org', '--name', 'Ops'])).toBe(0);
    expect(printed.join('\n')).not.toContain('Created administrator');

    // The content index: rebuilt on demand, checked against its sources (exit 1 on drift).
    printed.length = 0;
    expect(await main(['reindex'])).toBe(0);
    expect(printed.join('\n')).toContain('pledge: 0 items indexed');
    expect(await main(['reindex', '--check', '--type', 'pledge'])).toBe(0);
    expect(await main(['reindex', '--type', 'nothing'])).toBe(2);
  }, 90_000);

  it('answers usage errors with exit code 2', async () => {
    expect(await main(['backup'])).toBe(2);
    expect(await main(['no-such-command'])).toBe(2);
  });
});
