import crypto from 'node:crypto';
import type { Readable } from 'node:stream';

export interface PutMeta {
  /** The sniffed MIME type, stored with the object where the backend keeps one. */
  contentType: string;
  /** Byte length; required when the body is a stream (S3 needs Content-Length up front). */
  size?: number;
}

export interface StoredObject {
  body: ReadableStream<Uint8Array>;
  size: number;
}

/**
 * Where uploaded bytes live. Keys come from newStorageKey() (random, never a user's file name);
 * adapters refuse any other shape, so a key can never climb out of the storage root.
 */
export interface FileStorage {
  readonly kind: 'local' | 's3';
  put(key: string, body: Uint8Array | Readable, meta: PutMeta): Promise<void>;
  /** The object's bytes as a stream, or null when there is no such object. */
  get(key: string): Promise<StoredObject | null>;
  /** Removes the object; removing a missing object is not an error. */
  delete(key: string): Promise<void>;
}

const keyPattern = /^[a-f0-9]{32}$/;

/** A new random storage key: 128 random bits as hex. */
export function newStorageKey(): string {
  return crypto.randomBytes(16).toString('hex');
}

export function assertStorageKey(key: string): void {
  if (!keyPattern.test(key)) throw new Error(`invalid storage key: ${JSON.stringify(key).slice(0, 80)}`);
}
