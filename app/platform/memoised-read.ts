import { inTurns } from './in-turns';

/**
 * A read kept for `ttlMs` and shared by every request in that time, unless this process has written
 * since it began (`writes()` changed): then the next caller reads again at once. Concurrent callers
 * share one read and resume from it a turn of the event loop apart (inTurns); a failed read is not kept.
 *
 * Used for the public data's change stamp behind every ETag (server/conditional-get.ts), which
 * otherwise costs one query per request, even a 304, and for search's vocabulary (plan-search). Why about one second is safe: a write through
 * this process (a form, an import, a job) is seen at once through `writes()`; only a write by another
 * instance on the same PostgreSQL is seen up to `ttlMs` late, and that instance's readers already
 * get up to five seconds of micro-cached pages (server/page-cache.ts), so the tag lags the data by
 * less than the pages themselves may. A tag computed with the older stamp names older content or is
 * replaced one second later: a client is never told "not modified" for longer than that.
 */
export function memoisedRead<T>(
  read: () => Promise<T>,
  options: { ttlMs: number; writes: () => number; now?: () => number },
): () => Promise<T> {
  const { ttlMs, writes, now = Date.now } = options;
  let kept: { at: number; writes: number; value: () => Promise<T> } | undefined;
  return () => {
    const at = now();
    if (kept && kept.writes === writes() && at - kept.at < ttlMs) return kept.value();
    // The count is noted before the read: a write that ends while it runs makes the next call read again.
    const before = writes();
    const value = read();
    const entry = { at, writes: before, value: inTurns(value) };
    kept = entry;
    value.catch(() => {
      if (kept === entry) kept = undefined;
    });
    return entry.value();
  };
}
