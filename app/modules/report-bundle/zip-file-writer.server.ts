import { once } from 'node:events';
import fs from 'node:fs';
import { strToU8, Zip, ZipDeflate } from 'fflate';

/** Waits while the stream's buffer is full, so a writer never runs ahead of the disk. */
async function drained(out: fs.WriteStream, failure: () => Error | null): Promise<void> {
  if (failure()) throw failure();
  if (out.writableNeedDrain) await once(out, 'drain'); // rejects if the stream fails meanwhile
}

async function closed(out: fs.WriteStream, failure: () => Error | null): Promise<void> {
  if (failure()) throw failure();
  if (!out.writableFinished) await once(out, 'finish');
}

function openOut(file: string) {
  const out = fs.createWriteStream(file, { flags: 'wx', mode: 0o600 });
  let error: Error | null = null;
  out.on('error', (e) => {
    error ??= e;
  });
  return { out, failure: () => error, fail: (e: Error) => (error ??= e) };
}

export interface TextSpool {
  /** Appends UTF-8 text, waiting when the disk is behind. */
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A text file written piece by piece: a bundle part's rows go to its files on disk page by page, then
 * each file is copied into the ZIP, so neither a part nor the archive is ever held in memory whole.
 */
export function openTextSpool(file: string): TextSpool {
  const { out, failure } = openOut(file);
  return {
    async write(text) {
      out.write(text, 'utf8');
      await drained(out, failure);
    },
    async close() {
      out.end();
      await closed(out, failure);
    },
  };
}

export interface ZipFileWriter {
  /** Adds a file's bytes as the next entry, read and compressed piece by piece. */
  addFile(name: string, source: string): Promise<void>;
  addText(name: string, text: string): Promise<void>;
  /** Writes the central directory, closes the file and says how many bytes it holds. */
  finish(): Promise<{ byteSize: number }>;
  /** Stops after a failure (the caller removes the file). */
  abort(): void;
}

/**
 * A ZIP written to a file as it is produced (fflate's streaming `Zip`, DEFLATE level 6, the level the
 * whole-archive `zipSync` had): compressed bytes go straight to disk, waiting for the disk when the
 * write buffer is full. Entries are added one after the other.
 */
export function openZipFile(file: string): ZipFileWriter {
  const { out, failure, fail } = openOut(file);
  let byteSize = 0;
  const zip = new Zip((error, chunk, final) => {
    if (error) {
      fail(error);
      return;
    }
    byteSize += chunk.byteLength;
    out.write(chunk);
    if (final) out.end();
  });
  const entry = (name: string) => {
    const deflate = new ZipDeflate(name, { level: 6 });
    zip.add(deflate);
    return deflate;
  };

  return {
    async addFile(name, source) {
      const deflate = entry(name);
      for await (const chunk of fs.createReadStream(source, { highWaterMark: 64 * 1024 })) {
        deflate.push(chunk as Buffer);
        await drained(out, failure);
      }
      deflate.push(new Uint8Array(0), true);
      await drained(out, failure);
    },
    async addText(name, text) {
      entry(name).push(strToU8(text), true);
      await drained(out, failure);
    },
    async finish() {
      if (failure()) throw failure();
      zip.end();
      await closed(out, failure);
      return { byteSize };
    },
    abort() {
      zip.terminate();
      out.destroy();
    },
  };
}
