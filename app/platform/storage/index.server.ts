import path from 'node:path';
import type { Config } from '../config.server';
import { getPlatform, type Platform } from '../platform.server';
import { createLocalStorage } from './local.server';
import { createS3Storage } from './s3.server';
import type { FileStorage } from './types';

export { createLocalStorage } from './local.server';
export { createS3Storage, type S3Options } from './s3.server';
export * from './types';

/** S3-compatible storage when every S3_* variable is set (config refuses a partial set), else DATA_DIR/files. */
export function createStorage(config: Config): FileStorage {
  if (config.S3_ENDPOINT && config.S3_BUCKET && config.S3_ACCESS_KEY && config.S3_SECRET_KEY) {
    return createS3Storage({
      endpoint: config.S3_ENDPOINT,
      bucket: config.S3_BUCKET,
      accessKeyId: config.S3_ACCESS_KEY,
      secretAccessKey: config.S3_SECRET_KEY,
      region: config.S3_REGION,
    });
  }
  return createLocalStorage(path.join(config.DATA_DIR, 'files'));
}

const storages = new WeakMap<Platform, FileStorage>();

/** The file storage of the current platform, built on first use and kept per platform object. */
export function getStorage(): FileStorage {
  const platform = getPlatform();
  let storage = storages.get(platform);
  if (!storage) {
    storage = createStorage(platform.config);
    storages.set(platform, storage);
  }
  return storage;
}

/** For tests: use this storage for the given platform. */
export function setStorage(platform: Platform, storage: FileStorage): void {
  storages.set(platform, storage);
}
