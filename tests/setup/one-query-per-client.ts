import pg from 'pg';
import { afterEach } from 'vitest';

/**
 * Fails a test when a query is sent on a PostgreSQL client that is still running another one — a
 * `Promise.all` over a transaction. pg queues such queries today with a warning (once per process,
 * so it is easily missed) and refuses them from pg 9; `readTogether()` in app/platform/db.server.ts
 * runs independent reads side by side on the pool and one after another on a transaction.
 * Pool queries (`pool.query`, callback style) always get an idle client and are not counted.
 */
const guarded = Symbol.for('marsad.oneQueryPerClient');
type Query = (this: object, ...args: unknown[]) => unknown;
const client = pg.Client.prototype as unknown as { query: Query; [guarded]?: string[] };

if (!client[guarded]) {
  const overlaps: string[] = [];
  const running = new WeakMap<object, number>();
  const query = client.query;
  client.query = function (this: object, ...args: unknown[]) {
    const before = running.get(this) ?? 0;
    if (before > 0) overlaps.push(`${sqlOf(args[0])}\n${callSite()}`);
    const result = query.apply(this, args);
    if (result instanceof Promise) {
      running.set(this, before + 1);
      const settle = () => running.set(this, (running.get(this) ?? 1) - 1);
      result.then(settle, settle);
    }
    return result;
  };
  client[guarded] = overlaps;
}

/** The query, to find the reads that overlapped (a Drizzle query started by Promise.all has no caller frames). */
function sqlOf(config: unknown): string {
  const text = typeof config === 'string' ? config : (config as { text?: string } | undefined)?.text;
  return `  sql: ${String(text).replace(/\s+/g, ' ').slice(0, 240)}`;
}

/** The project's frames of the overlapping call (pg and Drizzle frames left out). */
function callSite(): string {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 50;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  const own = stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line) && !/node_modules|node:|one-query-per-client/.test(line));
  return own.slice(0, 6).join('\n');
}

afterEach(() => {
  const found = client[guarded]!.splice(0);
  if (found.length > 0) {
    throw new Error(
      `${found.length} quer${found.length === 1 ? 'y' : 'ies'} sent on a PostgreSQL client already running one ` +
        `(Promise.all over a transaction? use readTogether):\n${found.join('\n\n')}`,
    );
  }
});
