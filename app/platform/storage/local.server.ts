import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertStorageKey, type FileStorage, type PutMeta, type StoredObject } from './types';

/**
 * Files under one folder (DATA_DIR/files), sharded by the key's first two characters.
 * Writes go to a temporary name and are renamed into place, so a reader never sees half a file.
 */
export function createLocalStorage(root: string): FileStorage {
  const base = path.resolve(root);

  function fileFor(key: string): string {
    assertStorageKey(key);
    const file = path.resolve(base, key.slice(0, 2), key);
    // Belt and braces: the key pattern already rules out separators and dots.
    if (!file.startsWith(base + path.sep)) throw new Error('storage key escapes the storage root');
    return file;
  }

  return {
    kind: 'local',
    async put(key: string, body: Uint8Array | Readable, _meta: PutMeta): Promise<void> {
      const file = fileFor(key);
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      const temp = `${file}.${crypto.randomBytes(6).toString('hex')}.part`;
      try {
        if (body instanceof Uint8Array) {
          await fs.promises.writeFile(temp, body, { flag: 'wx', mode: 0o600 });
        } else {
          await pipeline(body, fs.createWriteStream(temp, { flags: 'wx', mode: 0o600 }));
        }
        await fs.promises.rename(temp, file);
      } catch (error) {
        await fs.promises.rm(temp, { force: true });
        throw error;
      }
    },
    async get(key: string): Promise<StoredObject | null> {
      const file = fileFor(key);
      let handle: fs.promises.FileHandle;
      try {
        handle = await fs.promises.open(file, 'r');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      const { size } = await handle.stat();
      const stream = handle.createReadStream();
      return { body: Readable.toWeb(stream) as ReadableStream<Uint8Array>, size };
    },
    async delete(key: string): Promise<void> {
      await fs.promises.rm(fileFor(key), { force: true });
    },
  };
}
