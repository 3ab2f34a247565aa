// The embedded database in its own thread (app/platform/pglite-worker.server.ts starts it; decision 89).
// Plain JavaScript so that every runner starts it as it is (node, tsx, vitest, the production bundle).
// It serves PGlite's one session over a Unix socket as raw PostgreSQL protocol bytes: the main thread
// speaks to it with node-postgres, as to a PostgreSQL server, and parses the results there.
import fs from 'node:fs';
import net from 'node:net';
import v8 from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/** @type {{ dataDir?: string, loadDataDir?: ArrayBuffer, socketPath: string, startParams: string[] }} */
const options = workerData;
const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);

const db = await PGlite.create({
  dataDir: options.dataDir,
  loadDataDir: options.loadDataDir ? new Blob([options.loadDataDir]) : undefined,
  extensions: { pg_trgm },
  startParams: options.startParams,
}).catch((error) => {
  port.postMessage({ type: 'failed', message: String(error?.stack ?? error) });
  throw error;
});

/** One PGlite session: every connection's work, and the control messages, run one after another. */
let queue = Promise.resolve();
const serially = (task) => {
  const run = queue.then(task);
  queue = run.catch(() => {});
  return run;
};

const sslRequest = 80877103;
const terminate = 0x58; // 'X'

/**
 * Splits what arrived into whole protocol messages: the startup packet (no type byte; PGlite answers
 * it alone), an SSL request (answered "no"), a Terminate (the client leaves; PGlite must not see it:
 * it would end the one backend), and the rest handed to PGlite in one call per arrival, which runs
 * them all (a Parse/Bind/Describe/Execute/Sync burst is one trip into WebAssembly instead of five).
 */
function serve(socket) {
  let pending = Buffer.alloc(0);
  let started = false;
  socket.setNoDelay(true);
  socket.on('data', (chunk) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    const messages = [];
    let offset = 0;
    let run = -1;
    let leaving = false;
    // Copies: the socket's buffer is reused for what arrives next.
    const flush = (end) => {
      if (run >= 0) messages.push(new Uint8Array(pending.subarray(run, end)));
      run = -1;
    };
    while (pending.length - offset >= 5) {
      if (!started) {
        const length = pending.readInt32BE(offset);
        if (pending.length - offset < length) break;
        if (length === 8 && pending.readInt32BE(offset + 4) === sslRequest) socket.write('N');
        else {
          messages.push(new Uint8Array(pending.subarray(offset, offset + length)));
          started = true;
        }
        offset += length;
        continue;
      }
      const length = 1 + pending.readInt32BE(offset + 1);
      if (pending.length - offset < length) break;
      if (pending[offset] === terminate) {
        flush(offset);
        leaving = true;
        offset = pending.length;
        break;
      }
      if (run < 0) run = offset;
      offset += length;
    }
    flush(offset);
    pending = Buffer.from(pending.subarray(offset));
    for (const message of messages) {
      serially(async () => {
        // The backend hands over its output in several pieces (each flush of its buffer): corked, the
        // socket sends them in one system call when the burst is done instead of one call per piece.
        socket.cork();
        try {
          await db.execProtocolRawStream(message, {
            onRawData: (data) => {
              if (!socket.destroyed) socket.write(Buffer.from(data));
            },
          });
        } finally {
          socket.uncork();
        }
      }).catch((error) => socket.destroy(error));
    }
    if (leaving) serially(() => socket.end());
  });
  socket.on('close', () => {
    // A client gone in the middle of a transaction leaves it open in the one session: end it.
    serially(async () => {
      if (db.isInTransaction()) await db.exec('rollback');
    }).catch(() => {});
  });
  socket.on('error', () => {});
}

const server = net.createServer(serve);
fs.rmSync(options.socketPath, { force: true });
server.listen(options.socketPath, () => port.postMessage({ type: 'ready' }));

port.on('message', async (message) => {
  try {
    if (message.type === 'dump') {
      const blob = await serially(() => db.dumpDataDir(message.compression));
      const data = await blob.arrayBuffer();
      port.postMessage({ id: message.id, data }, [data]);
    } else if (message.type === 'memory') {
      // The same figures as isolateMemory() in app/platform/memory-usage.server.ts, for this thread's isolate.
      const heap = v8.getHeapStatistics();
      port.postMessage({
        id: message.id,
        memory: {
          heapUsed: heap.used_heap_size,
          heapResident: heap.total_physical_size,
          v8Malloced: heap.malloced_memory,
          arrayBuffers: process.memoryUsage().arrayBuffers,
        },
        wasmBytes: db.Module.HEAPU8.byteLength,
      });
    } else if (message.type === 'close') {
      await new Promise((resolve) => server.close(resolve));
      await serially(() => db.close());
      fs.rmSync(options.socketPath, { force: true });
      port.postMessage({ id: message.id });
      port.close();
    }
  } catch (error) {
    port.postMessage({ id: message.id, error: String(error?.stack ?? error) });
  }
});
