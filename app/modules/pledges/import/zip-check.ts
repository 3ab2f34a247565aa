import { promisify } from 'node:util';
import zlib from 'node:zlib';

// In libuv's thread pool: checking a large entry never blocks the event loop.
const inflateRaw = promisify(zlib.inflateRaw);

/**
 * What the bytes of an XLSX (a zip) are allowed to expand to in all: 20,000 rows of pledges take a
 * few megabytes; 190 MB took 11–17 s and 2 GB of memory to read.
 */
export const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;

const eocdSignature = 0x06054b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;

/**
 * Checks a zip before a spreadsheet library opens it, so a small file cannot expand into gigabytes
 * (a "zip bomb"): every entry is stored or deflated, the declared sizes add up to at most `maxBytes`,
 * and each entry really inflates to no more than it declares (zlib stops at the limit). Zip64 and
 * anything malformed are refused. Returns false when the zip is refused.
 */
export async function zipWithinLimits(bytes: Buffer, maxBytes = MAX_UNZIPPED_BYTES): Promise<boolean> {
  if (bytes.length < 22) return false;
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === eocdSignature) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return false;
  const entries = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  if (entries === 0xffff || at === 0xffffffff) return false;
  let total = 0;
  for (let e = 0; e < entries; e++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== centralSignature) return false;
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const local = bytes.readUInt32LE(at + 42);
    if (size === 0xffffffff || compressedSize === 0xffffffff) return false;
    total += size;
    if (total > maxBytes) return false;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== localSignature) return false;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + compressedSize);
    if (data.length !== compressedSize) return false;
    if (method === 8) {
      try {
        // One byte of room: an entry that inflates past its declared size fails here.
        const out = await inflateRaw(data, { maxOutputLength: size + 1 });
        if (out.length !== size) return false;
      } catch {
        return false;
      }
    } else if (method !== 0 || compressedSize !== size) {
      return false;
    }
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return true;
}
