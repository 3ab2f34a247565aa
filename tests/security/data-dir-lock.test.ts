import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from '~/platform/db.server';

/** Finding 7 of issue 10: the lock follows the process's life, not a PID written in a file. */
describe('data-folder lock', () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
  });

  function holdLockInChild(dataDir: string): Promise<ChildProcess> {
    const script = `import { lockDataDir } from './app/platform/db.server.ts';
lockDataDir(${JSON.stringify(dataDir)}); console.log('locked'); setInterval(() => {}, 60000);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    children.push(child);
    return new Promise((resolve, reject) => {
      child.stdout!.on('data', (chunk) => String(chunk).includes('locked') && resolve(child));
      child.once('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
    });
  }

  it('refuses while a live process holds it and frees it the moment that process is killed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-lock-'));
    const holder = await holdLockInChild(dir);
    expect(() => lockDataDir(dir)).toThrow(/in use by another Marsad process \(pid \d+\)/);
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    holder.kill('SIGKILL');
    await exited;
    const release = lockDataDir(dir); // no wait, no stale-lock guessing
    expect(() => lockDataDir(dir)).toThrow(/in use/); // and now we hold it, even against ourselves
    release();
    lockDataDir(dir)();
  }, 30_000);

  it('ignores a PID left in the file by a dead owner, even when another live process has that PID now', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-lock-'));
    const unrelated = spawn('sleep', ['30']);
    children.push(unrelated);
    fs.writeFileSync(path.join(dir, '.marsad.lock'), String(unrelated.pid));
    lockDataDir(dir)();
  });
});
