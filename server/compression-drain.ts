import type { EventEmitter } from 'node:events';
import type { NextFunction, Request, Response } from 'express';

type Listener = (...args: unknown[]) => void;

/**
 * Mounted right after `compression()`: a `drain` listener is removed from where it was added.
 * compression hands `res.on('drain')` to its zlib stream but leaves `removeListener`/`off` on the
 * response (expressjs/compression#135 and #152, open), so `res.once('drain')` and `res.off('drain')`
 * never take a listener off the stream. React Router's writer waits with `once('drain')` whenever a
 * write fills the buffer: a large download piled up one listener per wait on the gzip stream
 * (MaxListenersExceededWarning after ten) and kept them until the response ended.
 */
export function drainListenersFollowCompression() {
  return (_req: Request, res: Response, next: NextFunction) => {
    const on = res.on;
    const remove = res.removeListener;
    /** Each drain listener and the emitter compression put it on (its zlib stream, or the response). */
    const placed = new Map<Listener, EventEmitter>();

    res.on = function (this: Response, event: string | symbol, listener: Listener) {
      const target = on.call(this, event, listener) as unknown as EventEmitter;
      if (event === 'drain') placed.set(listener, target);
      return this;
    } as typeof res.on;
    res.removeListener = res.off = function (this: Response, event: string | symbol, listener: Listener) {
      if (event !== 'drain') return remove.call(this, event, listener);
      // `once` adds a wrapper that knows its listener: removing by the listener removes the wrapper.
      for (const [added, target] of placed) {
        if (added !== listener && (added as { listener?: Listener }).listener !== listener) continue;
        placed.delete(added);
        if (target === this) remove.call(this, event, added);
        else target.removeListener(event, added);
        break;
      }
      return this;
    } as typeof res.removeListener;
    next();
  };
}
