import { CsvError, parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { PledgeImportReportEntry } from '#db/schema/pledge-imports';
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
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fileError('pledgeImportNotUtf8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // One kind of line end, so row numbers are line numbers whatever wrote the file (texts keep \n).
  text = text.replace(/\r\n?/g, '\n');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  // The header holds plain names: a semicolon there (and no comma) means a semicolon-separated file.
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
      max_record_size: 1024 * 1024,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = Number((error as CsvError & { lines?: number }).lines) || 1;
      return fileError('pledgeImportBadCsv', { line }, line);
    }
    throw error;
  }
  const [head, ...body] = records;
  if (!head) return fileError('pledgeImportEmpty');
  if (body.length > MAX_IMPORT_ROWS) return tooManyRows();
  return {
    ok: true,
    table: {
      header: head.record,
      rows: body.map((r) => ({ row: r.info.lines, cells: r.record })),
    },
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

async function readXlsx(bytes: Buffer): Promise<ReadTableResult> {
  if (!zipWithinLimits(bytes)) {
    return fileError('pledgeImportXlsxTooBig', { max: MAX_UNZIPPED_BYTES / (1024 * 1024) });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return fileError('pledgeImportBadXlsx');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fileError('pledgeImportBadXlsx');
  const rows: { row: number; cells: string[] }[] = [];
  let header: string[] | undefined;
  let tooMany = false;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (tooMany) return;
    const values = row.values as ExcelJS.CellValue[];
    // row.values is 1-based (index 0 is empty).
    const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellText(values[i + 1]));
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    if (!header) {
      header = cells;
      return;
    }
    if (!cells.length) return;
    if (rows.length >= MAX_IMPORT_ROWS) {
      tooMany = true;
      return;
    }
    rows.push({ row: number, cells });
  });
  if (tooMany) return tooManyRows();
  if (!header?.length) return fileError('pledgeImportEmpty');
  return { ok: true, table: { header, rows } };
}
