import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** File kinds whose text is extracted for search. */
export const extractableKinds = ['pdf', 'docx', 'txt'] as const;
export type ExtractableKind = (typeof extractableKinds)[number];

export interface ExtractionLimits {
  /** Wall-clock time before the worker is stopped. */
  timeoutMs: number;
  /** Heap cap of the worker (V8 old generation), in megabytes. */
  maxMemoryMb: number;
  /** Characters kept of the extracted text. */
  maxChars: number;
}

export const defaultExtractionLimits: ExtractionLimits = {
  timeoutMs: 20_000,
  maxMemoryMb: 256,
  maxChars: 200_000,
};

export type ExtractionResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'timeout' | 'memory' | 'unreadable'; detail?: string };

const require = createRequire(import.meta.url);

/*
 * Runs inside the worker. Plain CommonJS given as source so that the worker needs no separate entry
 * file in the server bundle; the parsers are loaded by absolute path resolved in the main thread.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { kind, bytes, modules, maxChars } = workerData;
(async () => {
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
  parentPort.postMessage({ ok: true, text: String(text).slice(0, maxChars) });
})().catch((error) => {
  parentPort.postMessage({ ok: false, detail: String((error && error.message) || error).slice(0, 200) });
});
`;

/** Collapses runs of whitespace, drops control characters: the text as search wants it. */
export function tidyExtractedText(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/\s*\n\s*/g, '\n')
      .trim()
  );
}

/**
 * Extracts the text of a PDF, DOCX or plain-text file in a worker thread bounded in time and memory:
 * a file that cannot be read, takes too long or needs too much memory answers `ok: false` (the caller
 * keeps the file and flags it), never throws and never takes the process down.
 */
export function extractText(options: {
  bytes: Uint8Array;
  kind: ExtractableKind;
  limits?: Partial<ExtractionLimits>;
}): Promise<ExtractionResult> {
  const limits = { ...defaultExtractionLimits, ...options.limits };
  // A copy the worker owns, so the caller's buffer is never detached.
  const bytes = new Uint8Array(options.bytes).buffer;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: ExtractionResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const worker = new Worker(workerSource, {
      eval: true,
      workerData: {
        kind: options.kind,
        bytes,
        maxChars: limits.maxChars,
        modules: { unpdf: require.resolve('unpdf'), mammoth: require.resolve('mammoth') },
      },
      transferList: [bytes],
      resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb, maxYoungGenerationSizeMb: 32 },
      stdout: true,
      stderr: true,
    });
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }), limits.timeoutMs);
    worker.on('message', (message: { ok: boolean; text?: string; detail?: string }) => {
      if (message.ok) finish({ ok: true, text: tidyExtractedText(message.text ?? '') });
      else finish({ ok: false, reason: 'unreadable', detail: message.detail });
    });
    worker.on('error', (error: Error & { code?: string }) =>
      finish({
        ok: false,
        reason: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'unreadable',
        detail: error.message.slice(0, 200),
      }),
    );
    worker.on('exit', () => finish({ ok: false, reason: 'unreadable', detail: 'worker exited' }));
  });
}
