import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type ExcelJS from 'exceljs';
import type { PledgeImportReportEntry } from '#db/schema/pledge-imports';
import { readCsvFile } from '~/platform/csv-read';
import { MAX_IMPORT_ROWS } from './import-columns';
import { MAX_UNZIPPED_BYTES, zipWithinLimits } from './zip-check';

/** A file read into a header and rows of text cells; `row` is the row's number in the file (header = 1). */
export interface ImportTable {
  header: string[];
  rows: { row: number; cells: string[] }[];
}

export type ReadTableResult =
  | { ok: true; table: ImportTable }
  | { ok: false; entry: PledgeImportReportEntry };

const fileError = (
  key: string,
  params?: PledgeImportReportEntry['params'],
  row = 1,
): { ok: false; entry: PledgeImportReportEntry } => ({
  ok: false,
  entry: { row, externalId: null, column: null, key: `errors.${key}`, ...(params ? { params } : {}) },
});

const tooManyRows = () => fileError('pledgeImportTooManyRows', { max: MAX_IMPORT_ROWS });

/**
 * Reads a CSV (UTF-8 with or without a byte order mark; comma or semicolon separated, told apart
 * by the header line) or the first worksheet of an XLSX workbook. File-level problems come back as
 * one report entry; empty rows are skipped.
 */
export async function readImportTable(bytes: Buffer, kind: 'csv' | 'xlsx'): Promise<ReadTableResult> {
  return kind === 'csv' ? readCsv(bytes) : readXlsx(bytes);
}

function readCsv(bytes: Buffer): ReadTableResult {
  const read = readCsvFile(bytes, { maxRecordSize: 1024 * 1024 });
  if (!read.ok)
    return read.problem === 'notUtf8'
      ? fileError('pledgeImportNotUtf8')
      : fileError('pledgeImportBadCsv', { line: read.line }, read.line);
  const [head, ...body] = read.records;
  if (!head) return fileError('pledgeImportEmpty');
  if (body.length > MAX_IMPORT_ROWS) return tooManyRows();
  return {
    ok: true,
    table: { header: head.cells, rows: body.map((r) => ({ row: r.line, cells: r.cells })) },
  };
}

/** The text a spreadsheet cell shows, for values of every kind (dates as YYYY-MM-DD). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  }
  if ('hyperlink' in value) return cellText((value as ExcelJS.CellHyperlinkValue).text);
  if ('error' in value) return String(value.error);
  return '';
}

/** Bounds of the worker that reads a workbook: the server keeps answering whatever the file. */
export const xlsxWorkerLimits = { timeoutMs: 30_000, maxMemoryMb: 256 };

const require = createRequire(import.meta.url);

/*
 * Runs in a worker thread (CommonJS source, so the server bundle needs no extra entry): ExcelJS's
 * streaming reader goes through the first worksheet row by row and stops past the row cap.
 * cellText is passed in as its own source (it uses nothing but built-ins).
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { Readable } = require('node:stream');
const { bytes, exceljs, maxRows } = workerData;
const ExcelJS = require(exceljs);
const cellText = (${cellText.toString()});
(async () => {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore',
  });
  let header;
  const rows = [];
  let tooMany = false;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = row.values || [];
      const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellText(values[i + 1]));
      while (cells.length && cells[cells.length - 1] === '') cells.pop();
      if (!header) { header = cells; continue; }
      if (!cells.length) continue;
      if (rows.length >= maxRows) { tooMany = true; break; }
      rows.push({ row: row.number, cells });
    }
    break; // the first worksheet only
  }
  parentPort.postMessage({ ok: true, header: header || [], rows, tooMany });
})().catch(() => parentPort.postMessage({ ok: false }));
`;

type WorkerAnswer =
  | { ok: true; header: string[]; rows: { row: number; cells: string[] }[]; tooMany: boolean }
  | { ok: false; tooHeavy?: boolean };

function parseXlsxInWorker(bytes: Buffer): Promise<WorkerAnswer> {
  const copy = new Uint8Array(bytes).buffer; // the worker owns its copy
  return new Promise((resolve) => {
    let settled = false;
    const finish = (answer: WorkerAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(answer);
    };
    const worker = new Worker(workerSource, {
      eval: true,
      workerData: { bytes: copy, exceljs: require.resolve('exceljs'), maxRows: MAX_IMPORT_ROWS },
      transferList: [copy],
      resourceLimits: { maxOldGenerationSizeMb: xlsxWorkerLimits.maxMemoryMb, maxYoungGenerationSizeMb: 32 },
      stdout: true,
      stderr: true,
    });
    const timer = setTimeout(() => finish({ ok: false, tooHeavy: true }), xlsxWorkerLimits.timeoutMs);
    worker.on('message', (answer: WorkerAnswer) => finish(answer));
    worker.on('error', (error: Error & { code?: string }) =>
      finish({ ok: false, tooHeavy: error.code === 'ERR_WORKER_OUT_OF_MEMORY' }),
    );
    worker.on('exit', () => finish({ ok: false }));
  });
}

/**
 * The zip is checked first (expanded size capped, in the thread pool), then parsed in a worker
 * thread bounded in time and memory, off the event loop.
 */
async function readXlsx(bytes: Buffer): Promise<ReadTableResult> {
  const tooBig = () => fileError('pledgeImportXlsxTooBig', { max: MAX_UNZIPPED_BYTES / (1024 * 1024) });
  if (!(await zipWithinLimits(bytes))) return tooBig();
  const answer = await parseXlsxInWorker(bytes);
  if (!answer.ok) return answer.tooHeavy ? tooBig() : fileError('pledgeImportBadXlsx');
  if (answer.tooMany) return tooManyRows();
  if (!answer.header.length) return fileError('pledgeImportEmpty');
  return { ok: true, table: { header: answer.header, rows: answer.rows } };
}
