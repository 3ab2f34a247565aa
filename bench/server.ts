import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface RunningServer {
  process: ChildProcess;
  url: string;
  readyMs: number;
  stop(): Promise<void>;
}

/** Starts the production server (`node scripts/start.mjs`) and waits for /readyz. */
export async function startServer(options: {
  port: number;
  dataDir: string;
  env?: NodeJS.ProcessEnv;
  /** A start that migrates or rebuilds the content index over a large database takes longer. */
  readyTimeoutMs?: number;
  /** Node options NODE_OPTIONS refuses, e.g. `--cpu-prof` (bench/render-cpu.ts). */
  nodeArgs?: string[];
}): Promise<RunningServer> {
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), 'scripts/start.mjs'], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(options.port),
      HOST: '127.0.0.1',
      DATA_DIR: options.dataDir,
      PUBLIC_URL: `http://localhost:${options.port}`,
      SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-00',
      // Production loads no sample data by default; the benches measure pages that show it.
      SEED_DEMO: '1',
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${options.port}`;
  const timeout = options.readyTimeoutMs ?? 120_000;
  const deadline = Date.now() + timeout;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const r = await fetch(`${url}/readyz`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not become ready in ${timeout / 1000} s`);
    await new Promise((r) => setTimeout(r, 25));
  }
  const readyMs = performance.now() - started;
  return {
    process: child,
    url,
    readyMs,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}
