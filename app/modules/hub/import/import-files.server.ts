import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { unzip } from 'fflate';
import { fileTypeFromBuffer } from 'file-type';
import { zipWithinLimits } from '~/modules/pledges/import/zip-check';
import { kindForName, textKinds, uploadKinds } from '~/platform/uploads/kinds';
import { RESOURCE_FILE_MAX_BYTES, resourceFileKinds } from '../resources/resource-schema';
import { MAX_IMPORT_UNZIPPED_BYTES, manifestNamesInZip } from './manifest-columns';

/** Where the files a manifest names come from: a folder (the CLI) or a ZIP (the import page). */
export interface ImportFiles {
  /** The bytes of the file at this relative name, or why there are none. */
  read(name: string): Promise<{ bytes: Uint8Array } | { problem: 'missing' | 'badName' | 'tooLarge' }>;
}

/** A manifest file's name: relative, forward slashes, no `..`, no leading `./`. Null when unsafe. */
export function cleanRelativeName(name: string): string | null {
  const parts = name
    .replace(/\\/g, '/')
    .split('/')
    .filter((p) => p !== '' && p !== '.');
  if (!parts.length || name.startsWith('/') || /^[a-z]:/i.test(name)) return null;
  if (parts.some((p) => p === '..')) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a control character is never part of a file name here
  if (parts.some((p) => /[\u0000-\u001f\u007f]/.test(p))) return null;
  return parts.join('/');
}

/** The files of a folder; a name may not climb out of it (symbolic links included). */
export function folderFiles(dir: string): ImportFiles {
  const root = path.resolve(dir);
  return {
    async read(name) {
      const clean = cleanRelativeName(name);
      if (!clean) return { problem: 'badName' };
      const full = path.join(root, clean);
      try {
        const real = await fs.realpath(full);
        const realRoot = await fs.realpath(root);
        if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return { problem: 'badName' };
        const stat = await fs.stat(real);
        if (!stat.isFile()) return { problem: 'missing' };
        if (stat.size > RESOURCE_FILE_MAX_BYTES) return { problem: 'tooLarge' };
        return { bytes: await fs.readFile(real) };
      } catch {
        return { problem: 'missing' };
      }
    },
  };
}

export type ZipReadResult =
  | { ok: true; files: ImportFiles; manifest: { name: string; bytes: Uint8Array } | null }
  | { ok: false; code: 'hubImportBadZip' };

/**
 * The entries of a ZIP uploaded on the import page: checked first (stored or deflated entries only,
 * at most MAX_IMPORT_UNZIPPED_BYTES once expanded, each no larger than it declares), then expanded in
 * memory. Entry names are only looked up, never written to disk. The manifest is `manifest.csv` or
 * `manifest.json` at the root.
 */
export async function zipFiles(bytes: Uint8Array): Promise<ZipReadResult> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!(await zipWithinLimits(buffer, MAX_IMPORT_UNZIPPED_BYTES)))
    return { ok: false, code: 'hubImportBadZip' };
  let entries: Record<string, Uint8Array>;
  try {
    // fflate's asynchronous unzip inflates off the event loop (the sizes were checked above).
    entries = await new Promise((resolve, reject) =>
      unzip(bytes, (error, out) => (error ? reject(error) : resolve(out))),
    );
  } catch {
    return { ok: false, code: 'hubImportBadZip' };
  }
  const byName = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    const clean = cleanRelativeName(name);
    if (clean) byName.set(clean.normalize('NFC'), data);
  }
  const manifestName = manifestNamesInZip.find((n) => byName.has(n));
  return {
    ok: true,
    manifest: manifestName ? { name: manifestName, bytes: byName.get(manifestName)! } : null,
    files: {
      async read(name) {
        const clean = cleanRelativeName(name);
        if (!clean) return { problem: 'badName' };
        const data = byName.get(clean.normalize('NFC'));
        if (!data) return { problem: 'missing' };
        if (data.length > RESOURCE_FILE_MAX_BYTES) return { problem: 'tooLarge' };
        return { bytes: data };
      },
    },
  };
}

export interface CheckedFile {
  name: string;
  kind: (typeof resourceFileKinds)[number];
  contentType: string;
  bytes: Uint8Array;
  sha256: string;
}

/**
 * A named file's bytes checked the way an upload is (app/platform/uploads): a PDF, DOCX or plain
 * text (valid UTF-8) by its bytes, matching its name's extension. Returns the error code otherwise.
 */
export async function checkImportFile(
  name: string,
  bytes: Uint8Array,
): Promise<
  { ok: true; file: CheckedFile } | { ok: false; code: string; params?: Record<string, string | number> }
> {
  const allowed = resourceFileKinds.map((k) => k.toUpperCase()).join(', ');
  if (!bytes.length) return { ok: false, code: 'fileMissing' };
  const claimed = kindForName(name, resourceFileKinds) as CheckedFile['kind'] | undefined;
  if (!claimed) return { ok: false, code: 'fileTypeNotAllowed', params: { allowed } };
  const sniffed = await fileTypeFromBuffer(bytes);
  let actual: string | undefined;
  if (sniffed) {
    actual = resourceFileKinds.find((k) => (uploadKinds[k].names as readonly string[]).includes(sniffed.ext));
  } else if (textKinds.has(claimed) && isUtf8Text(bytes)) actual = claimed;
  if (actual !== claimed) return { ok: false, code: 'fileTypeMismatch', params: { allowed } };
  return {
    ok: true,
    file: {
      name: path.posix.basename(name).slice(0, 255),
      kind: claimed,
      contentType: uploadKinds[claimed].mime,
      bytes,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
    },
  };
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
