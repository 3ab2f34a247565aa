import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Request, Response } from 'express';
import { observeQueries } from '~/platform/db.server';

/**
 * What `npm run bench:load` reads from the server between its rounds (only when LOAD_STATS=1, never
 * in normal running): requests served, their queries and query time, the process's CPU time,
 * event-loop delay percentiles and memory. `GET /__load-stats?reset=1` answers and starts afresh.
 */
export const loadStatsPath = '/__load-stats';

export function loadStats() {
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
  const answer = (req: Request, res: Response) => {
    const cpu = process.cpuUsage(since.cpu);
    const memory = process.memoryUsage();
    const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
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
      memoryMb: {
        rss: mb(memory.rss),
        heapUsed: mb(memory.heapUsed),
        external: mb(memory.external),
        arrayBuffers: mb(memory.arrayBuffers),
      },
    });
    if (req.query.reset) {
      since = start();
      loop.reset();
    }
  };
  return { count, answer };
}
