import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalStorage } from './local.server';
import { newStorageKey } from './types';

const read = async (body: ReadableStream<Uint8Array>) => Buffer.from(await new Response(body).arrayBuffer());

describe('local file storage', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-storage-'));
  const root = path.join(dir, 'files');
  const storage = createLocalStorage(root);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('puts bytes and streams, gets them back with their size, deletes them', async () => {
    const a = newStorageKey();
    const b = newStorageKey();
    expect(a).toMatch(/^[a-f0-9]{32}$/);
    expect(a).not.toBe(b);
    await storage.put(a, Buffer.from('%PDF-1.4 bytes'), { contentType: 'application/pdf' });
    const big = Buffer.alloc(300_000, 7);
    await storage.put(b, Readable.from([big.subarray(0, 100_000), big.subarray(100_000)]), {
      contentType: 'application/pdf',
      size: big.length,
    });
    const gotA = await storage.get(a);
    expect(gotA?.size).toBe(14);
    expect((await read(gotA!.body)).toString()).toBe('%PDF-1.4 bytes');
    const gotB = await storage.get(b);
    expect(gotB?.size).toBe(big.length);
    expect((await read(gotB!.body)).equals(big)).toBe(true);
    // Stored under the root, sharded by the key, with no temporary files left behind.
    expect(fs.existsSync(path.join(root, a.slice(0, 2), a))).toBe(true);
    expect(fs.readdirSync(path.join(root, a.slice(0, 2))).some((f) => f.endsWith('.part'))).toBe(false);

    await storage.delete(a);
    expect(await storage.get(a)).toBeNull();
    await storage.delete(a); // deleting twice is fine
    expect(await storage.get(newStorageKey())).toBeNull();
  });

  it('refuses keys that are not storage keys, so nothing outside the root is touched', async () => {
    const outside = path.join(dir, 'secret.txt');
    fs.writeFileSync(outside, 'do not touch');
    const bad = [
      '../secret.txt',
      '..',
      'ab/../../secret.txt',
      outside,
      'تقرير.pdf',
      `${newStorageKey()}/../x`,
      `${newStorageKey()}\0`,
      newStorageKey().toUpperCase(),
      '',
    ];
    for (const key of bad) {
      await expect(storage.put(key, Buffer.from('x'), { contentType: 'text/plain' })).rejects.toThrow(
        /invalid storage key/,
      );
      await expect(storage.get(key)).rejects.toThrow(/invalid storage key/);
      await expect(storage.delete(key)).rejects.toThrow(/invalid storage key/);
    }
    expect(fs.readFileSync(outside, 'utf8')).toBe('do not touch');
  });

  it('does not keep a half-written file when the source stream fails', async () => {
    const key = newStorageKey();
    const failing = new Readable({
      read() {
        this.push(Buffer.from('partial'));
        this.destroy(new Error('client went away'));
      },
    });
    await expect(storage.put(key, failing, { contentType: 'application/pdf', size: 100 })).rejects.toThrow(
      /client went away/,
    );
    expect(await storage.get(key)).toBeNull();
    expect(fs.readdirSync(path.join(root, key.slice(0, 2)))).toEqual([]);
  });
});
