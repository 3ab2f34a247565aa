import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import {
  defaultExtractionLimits,
  type ExtractableKind,
  type ExtractionLimits,
  type ExtractionResult,
  tidyExtractedText,
} from './extract-text.server';

const require = createRequire(import.meta.url);

/*
 * A worker that reads many files, one message each, with the same parsers as extract-text.server.ts.
 * Starting a worker costs tens of milliseconds: for an import of a thousand small files that was most
 * of the run, so a pool of long-lived workers takes the files in turn.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { modules, maxChars } = workerData;
parentPort.on('message', async ({ id, kind, bytes }) => {
  try {
    let text = '';
    if (kind === 'pdf') {
      const { extractText, getDocumentProxy } = require(modules.unpdf);
      const pdf = await getDocumentProxy(new Uint8Array(bytes));
      text = (await extractText(pdf, { mergePages: true })).text;
    } else if (kind === 'docx') {
      text = (await require(modules.mammoth).extractRawText({ buffer: Buffer.from(bytes) })).value;
    } else {
      text = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
    }
    parentPort.postMessage({ id, ok: true, text: String(text).slice(0, maxChars) });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, detail: String((error && error.message) || error).slice(0, 200) });
  }
});
`;

export interface ExtractionItem {
  bytes: Uint8Array;
  kind: ExtractableKind;
}

/**
 * Extracts the text of many files in `concurrency` long-lived worker threads, each bounded in memory
 * like extractText(), with the time limit applied to every file: a file that times out, exhausts the
 * worker's memory or crashes it answers `ok: false` and its worker is replaced for the files after it.
 * `read` gives an item's bytes when its turn comes (so a thousand files are never all in memory);
 * `onDone` is told after each file. Results come back in the items' order; never throws for a bad file.
 * If `read` or `onDone` throws, no further file is started and, once the files under way are done,
 * that error is thrown.
 */
export async function extractTexts<T>(options: {
  items: readonly T[];
  read: (item: T) => Promise<ExtractionItem>;
  concurrency: number;
  limits?: Partial<ExtractionLimits>;
  onDone?: (item: T, result: ExtractionResult) => void | Promise<void>;
}): Promise<ExtractionResult[]> {
  const limits = { ...defaultExtractionLimits, ...options.limits };
  const results: ExtractionResult[] = new Array(options.items.length);
  const modules = { unpdf: require.resolve('unpdf'), mammoth: require.resolve('mammoth') };
  const start = () =>
    new Worker(workerSource, {
      eval: true,
      workerData: { modules, maxChars: limits.maxChars },
      resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb, maxYoungGenerationSizeMb: 32 },
      stdout: true,
      stderr: true,
    });

  let next = 0;
  let failed = false;
  async function lane() {
    let worker: Worker | null = null;
    try {
      while (!failed && next < options.items.length) {
        const index = next++;
        const item = options.items[index]!;
        const { bytes, kind } = await options.read(item);
        worker ??= start();
        const current = worker;
        const result = await new Promise<ExtractionResult>((resolve) => {
          const copy = new Uint8Array(bytes).buffer;
          const finish = (r: ExtractionResult, broken: boolean) => {
            clearTimeout(timer);
            current.off('message', onMessage);
            current.off('error', onError);
            current.off('exit', onExit);
            if (broken) {
              void current.terminate();
              worker = null;
            }
            resolve(r);
          };
          const onMessage = (m: { id: number; ok: boolean; text?: string; detail?: string }) => {
            if (m.id !== index) return;
            finish(
              m.ok
                ? { ok: true, text: tidyExtractedText(m.text ?? '') }
                : { ok: false, reason: 'unreadable', detail: m.detail },
              false,
            );
          };
          const onError = (error: Error & { code?: string }) =>
            finish(
              {
                ok: false,
                reason: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'unreadable',
                detail: error.message.slice(0, 200),
              },
              true,
            );
          const onExit = () => finish({ ok: false, reason: 'unreadable', detail: 'worker exited' }, true);
          const timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }, true), limits.timeoutMs);
          current.on('message', onMessage);
          current.on('error', onError);
          current.on('exit', onExit);
          current.postMessage({ id: index, kind, bytes: copy }, [copy]);
        });
        results[index] = result;
        await options.onDone?.(item, result);
      }
    } catch (error) {
      // `read` or `onDone` threw: the other lanes stop taking files, and the error is the answer.
      failed = true;
      throw error;
    } finally {
      if (worker) await (worker as Worker).terminate();
    }
  }
  const lanes = Math.max(1, Math.min(options.concurrency, options.items.length));
  const settled = await Promise.allSettled(Array.from({ length: lanes }, lane));
  const refused = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (refused) throw refused.reason;
  return results;
}
