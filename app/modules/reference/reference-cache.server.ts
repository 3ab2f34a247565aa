import { deepFreeze } from '~/platform/deep-freeze';
import { getPlatform, type Platform } from '~/platform/platform.server';

/**
 * Reference data (objectives, principles, regions) is read on almost every public page and changes
 * only through audited label corrections. Reads are cached per process for a short time: a correction
 * clears this process's cache at once and reaches other instances within `ttlMs`. Every caller gets the
 * same value, so it is frozen (once per load): a caller that sorts or edits it in place fails where it
 * does it, in tests, instead of changing what later readers get.
 */
const ttlMs = 60_000;
const caches = new WeakMap<Platform, Map<string, { at: number; value: Promise<unknown> }>>();

export function cachedReference<T>(key: string, load: () => Promise<T>): Promise<T> {
  const platform = getPlatform();
  let cache = caches.get(platform);
  if (!cache) {
    cache = new Map();
    caches.set(platform, cache);
  }
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < ttlMs) return hit.value as Promise<T>;
  const value = load().then(deepFreeze);
  cache.set(key, { at: Date.now(), value });
  value.catch(() => cache.delete(key)); // never keep a failure
  return value;
}

export function invalidateReferenceCache(): void {
  caches.delete(getPlatform());
}
