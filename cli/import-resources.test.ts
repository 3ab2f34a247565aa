import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from './main';

/** `npm run marsad -- import-resources` end to end on a real embedded database in a temporary DATA_DIR. */
describe('marsad import-resources', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-cli-import-'));
  const saved = { ...process.env };
  const printed: string[] = [];
  const sample = path.resolve('seed/hub-import');

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

  it('imports the sample manifest, skips it when run again, and prints refused rows in Arabic', async () => {
    const args = [
      'import-resources',
      '--manifest',
      path.join(sample, 'manifest.csv'),
      '--files',
      path.join(sample, 'files'),
    ];
    expect(await main(args)).toBe(0);
    const out = printed.join('\n');
    expect(out).toContain('checked 3/3');
    expect(out).toContain('files read 3/3');
    expect(out).toMatch(/Imported in [\d.]+ s: 3 created, 0 updated, 0 unchanged, 0 files unreadable/);

    printed.length = 0;
    expect(await main([...args.slice(0, 2), path.join(sample, 'manifest.json'), ...args.slice(3)])).toBe(0);
    expect(printed.join('\n')).toContain('0 created, 0 updated, 3 unchanged');

    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(
      bad,
      fs.readFileSync(path.join(sample, 'manifest.csv'), 'utf8').replace('remittances-brief.txt', 'gone.txt'),
    );
    printed.length = 0;
    expect(
      await main([
        'import-resources',
        '--manifest',
        bad,
        '--files',
        path.join(sample, 'files'),
        '--lang',
        'ar',
      ]),
    ).toBe(1);
    expect(printed.join('\n')).toContain(
      'row 4, mnh-sample-003, file: الملف «gone.txt» ليس بين الملفات المقدَّمة.',
    );
  }, 90_000);

  it('answers a missing option or folder with exit code 2', async () => {
    expect(await main(['import-resources', '--manifest', 'nothing.csv'])).toBe(2);
    expect(
      await main([
        'import-resources',
        '--manifest',
        path.join(sample, 'manifest.csv'),
        '--files',
        '/no/such/dir',
      ]),
    ).toBe(2);
  });
});
