/**
 * Shares one pending promise among many callers and resumes them one per turn of the event loop.
 * When a promise that many requests await settles, all their continuations run in one microtask drain:
 * under 50 connections that is dozens of page renders back to back, the event loop blocked for all of
 * them (no I/O, no timers) — the objective page's p99 event-loop delay of 270 ms (issue 9). Resumed a
 * turn apart, each render lets the others' I/O run in between. Callers after the last one resumed get
 * the settled promise itself; `onDrained` is called once the promise has settled and no caller waits.
 */
export function inTurns<T>(promise: Promise<T>, onDrained?: () => void): () => Promise<T> {
  const waiting: (() => void)[] = [];
  let settled = false;
  const resumeNext = () => {
    waiting.shift()?.();
    if (waiting.length) setImmediate(resumeNext);
    else onDrained?.();
  };
  const settle = () => {
    settled = true;
    resumeNext();
  };
  promise.then(settle, settle);
  return () => {
    if (settled && !waiting.length) return promise;
    return new Promise<void>((resolve) => waiting.push(resolve)).then(() => promise);
  };
}
