import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Finding 11 of issue 10: `.env.example` says "copy to .env", so the commands read .env. */
describe('.env file', () => {
  it('is read by the operator CLI from the working directory, and the environment wins over it', () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-env-'));
    fs.writeFileSync(path.join(cwd, '.env'), `PORT=not-a-port\nDATA_DIR=${path.join(cwd, 'data')}\nHOST=\n`);
    const run = (env: NodeJS.ProcessEnv) =>
      spawnSync(path.resolve('node_modules/.bin/tsx'), [path.resolve('cli/marsad.ts'), 'seed'], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, TSX_TSCONFIG_PATH: path.resolve('tsconfig.json'), ...env },
      });
    const fromFile = run({ PORT: undefined });
    expect(fromFile.status).toBe(2);
    expect(fromFile.stderr).toContain('PORT');
    const overridden = run({ PORT: '3999', DATA_DIR: path.join(cwd, 'data') });
    expect(overridden.stderr).not.toContain('PORT');
    fs.rmSync(cwd, { recursive: true, force: true });
  }, 120_000);
});
