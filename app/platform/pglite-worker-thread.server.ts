import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DatabaseMemory, IsolateMemory } from './memory-usage.server';

/**
 * The worker's file, plain JavaScript beside this one. Resolved from the working directory, as the
 * migrations are: the production bundles (build/) do not carry it, and every entry point (npm start,
 * the CLI, tests, benchmarks) runs from the project's root.
 */
const workerFile = path.resolve(process.cwd(), 'app/platform/pglite-worker.mjs');

export interface PgliteThread {
  /** The folder of the Unix socket `.s.PGSQL.5432`: node-postgres' `host` for it. */
  socketDir: string;
  /** PGlite's `dumpDataDir`, run in the worker. */
  dump(compression: 'none' | 'gzip'): Promise<Blob>;
  /** The thread's isolate and PGlite's WebAssembly memory (bench:load's breakdown). */
  memory(): Promise<DatabaseMemory>;
  /** Closes PGlite cleanly (its last checkpoint), then ends the thread. */
  close(): Promise<void>;
}

/**
 * Starts PGlite in a `worker_threads` worker serving its one session on a Unix socket (decision 89).
 * The socket lives in a private temporary folder (mode 0700), not in DATA_DIR: a socket path is limited
 * to 107 bytes, and a socket file left by a killed process would have to be cleared before the next start.
 */
export async function startPgliteThread(options: {
  dataDir?: string;
  loadDataDir?: Blob;
  startParams: string[];
  /** Called once if the thread ends while open (a crash in the database): every query would fail from then on. */
  onLost?: (error: Error) => void;
  /** Tests only: another worker file. */
  workerFile?: string;
}): Promise<PgliteThread> {
  removeSocketDirsOfEndedProcesses();
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), `${socketDirPrefix}${process.pid}-`));
  const loadDataDir = options.loadDataDir ? await options.loadDataDir.arrayBuffer() : undefined;
  const worker = new Worker(options.workerFile ?? workerFile, {
    workerData: {
      dataDir: options.dataDir,
      loadDataDir,
      socketPath: path.join(socketDir, '.s.PGSQL.5432'),
      startParams: options.startParams,
    },
    transferList: loadDataDir ? [loadDataDir] : [],
  });
  const replies = new Map<number, { resolve: (m: Reply) => void; reject: (e: Error) => void }>();
  let lastId = 0;
  let ended: Error | undefined;
  const removeSocketDir = () => fs.rmSync(socketDir, { recursive: true, force: true });

  await new Promise<void>((resolve, reject) => {
    const settle = (error?: Error) => {
      worker.off('error', settle);
      worker.off('exit', exited);
      worker.off('message', started);
      if (!error) return resolve();
      removeSocketDir();
      reject(error);
    };
    const exited = (code: number) => settle(new Error(`the embedded database's thread ended (code ${code})`));
    const started = (message: { type: string; message?: string }) =>
      settle(
        message.type === 'ready'
          ? undefined
          : new Error(`the embedded database did not start: ${message.message}`),
      );
    worker.on('error', settle);
    worker.on('exit', exited);
    worker.on('message', started);
  });
  worker.on('message', (message: Reply) => {
    const waiting = replies.get(message.id);
    replies.delete(message.id);
    if (message.error) waiting?.reject(new Error(message.error));
    else waiting?.resolve(message);
  });
  let closing = false;
  const end = (error: Error) => {
    if (ended) return;
    if (!closing) options.onLost?.(error);
    ended = error;
    for (const waiting of replies.values()) waiting.reject(error);
    replies.clear();
  };
  worker.on('error', end);
  worker.on('exit', (code) => end(new Error(`the embedded database's thread ended (code ${code})`)));

  const ask = (message: { type: 'dump'; compression: string } | { type: 'memory' } | { type: 'close' }) =>
    new Promise<Reply>((resolve, reject) => {
      if (ended) return reject(ended);
      const id = ++lastId;
      replies.set(id, { resolve, reject });
      worker.postMessage({ ...message, id });
    });

  return {
    socketDir,
    async dump(compression) {
      const reply = await ask({ type: 'dump', compression });
      return new Blob([reply.data!]);
    },
    async memory() {
      const reply = await ask({ type: 'memory' });
      return { wasmBytes: reply.wasmBytes!, isolate: reply.memory };
    },
    async close() {
      closing = true;
      try {
        if (!ended) await ask({ type: 'close' });
      } finally {
        await worker.terminate();
        removeSocketDir();
      }
    },
  };
}

const socketDirPrefix = 'marsad-pglite-';

/**
 * A process killed outright (SIGKILL, a crash) leaves its socket folder behind; the next start clears
 * the folders whose process (named in the folder) no longer runs.
 */
function removeSocketDirsOfEndedProcesses(): void {
  for (const name of fs.readdirSync(os.tmpdir())) {
    const pid = Number(/^marsad-pglite-(\d+)-/.exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    try {
      fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
    } catch {
      // another user's folder: theirs to clear
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // runs, as another user
  }
}

interface Reply {
  id: number;
  data?: ArrayBuffer;
  memory?: IsolateMemory;
  wasmBytes?: number;
  error?: string;
}
