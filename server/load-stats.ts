import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Request, Response } from 'express';
import { type Database, observeQueries } from '~/platform/db.server';
import { type IsolateMemory, isolateMemory, processMemory } from '~/platform/memory-usage.server';

/**
 * What `npm run bench:load` reads from the server between its rounds (only when LOAD_STATS=1, never
 * in normal running): requests served, their queries and query time, the process's CPU time,
 * event-loop delay percentiles and where the memory is (`memoryBreakdown`). `GET /__load-stats?reset=1`
 * answers and starts afresh.
 */
export const loadStatsPath = '/__load-stats';

export function loadStats(database: Database) {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let since = start();
  observeQueries((ms) => {
    since.queries++;
    since.queryMs += ms;
  });

  function start() {
    return { at: performance.now(), cpu: process.cpuUsage(), requests: 0, queries: 0, queryMs: 0 };
  }

  const count = (req: Request, _res: Response, next: () => void) => {
    if (req.path !== loadStatsPath) since.requests++;
    next();
  };
  const answer = async (req: Request, res: Response) => {
    const cpu = process.cpuUsage(since.cpu);
    const memoryMb = await memoryBreakdown(database);
    res.json({
      seconds: (performance.now() - since.at) / 1000,
      requests: since.requests,
      queries: since.queries,
      queryMs: since.queryMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      eventLoopDelayMs: {
        p50: loop.percentile(50) / 1e6,
        p99: loop.percentile(99) / 1e6,
        max: loop.max / 1e6,
      },
      memoryMb,
    });
    if (req.query.reset) {
      since = start();
      loop.reset();
    }
  };
  return { count, answer };
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const isolateMb = (m: IsolateMemory) => ({
  heapUsed: mb(m.heapUsed),
  heapResident: mb(m.heapResident),
  v8Malloced: mb(m.v8Malloced),
  arrayBuffers: mb(m.arrayBuffers),
});

/**
 * The process's RSS split by owner, in MB: each thread's V8 heap (resident pages) and V8's own malloc;
 * PGlite's WebAssembly memory (its size, and the pages of it PostgreSQL has touched); the mapped files
 * (code); and the rest: malloc (the live ArrayBuffers and Buffers among it, and what glibc keeps after
 * they are freed; its brk arena shown apart), stacks, Node's and V8's native structures.
 */
export async function memoryBreakdown(database: Database) {
  const main = isolateMemory();
  const db = await database.memory?.();
  const whole = processMemory(db?.wasmBytes);
  const isolates = [main, ...(db?.isolate ? [db.isolate] : [])];
  const counted =
    whole.rssFile + whole.wasmResident + isolates.reduce((n, m) => n + m.heapResident + m.v8Malloced, 0);
  return {
    rss: mb(whole.rss),
    main: isolateMb(main),
    database: db
      ? {
          wasm: mb(db.wasmBytes),
          wasmResident: mb(whole.wasmResident),
          ...(db.isolate ? isolateMb(db.isolate) : {}),
        }
      : null,
    mappedFiles: mb(whole.rssFile),
    malloc: {
      arrayBuffers: mb(isolates.reduce((n, m) => n + m.arrayBuffers, 0)),
      brkArena: mb(whole.brkHeap),
      rest: mb(whole.rss - counted),
    },
  };
}
