import { readCsvFile } from '~/platform/csv-read';
import type { ImportProblem } from './manifest-columns';
import {
  listColumns,
  MAX_MANIFEST_BYTES,
  MAX_MANIFEST_ROWS,
  manifestColumnNames,
  requiredManifestColumns,
  splitList,
} from './manifest-columns';

export type { ImportProblem };

/** A manifest row: the value of each column present (lists already split). */
export interface ManifestRow {
  row: number;
  values: Record<string, string | string[]>;
}

export type ManifestKind = 'csv' | 'json';
export type ReadManifestResult = { ok: true; rows: ManifestRow[] } | { ok: false; problems: ImportProblem[] };

const fileProblem = (code: string, params?: ImportProblem['params'], row = 1): ImportProblem => ({
  row,
  externalId: null,
  column: null,
  code,
  ...(params ? { params } : {}),
});
const refused = (...problems: ImportProblem[]): ReadManifestResult => ({ ok: false, problems });

/** The kind of a manifest from its file name (CSV unless it ends in .json). */
export const manifestKindOf = (name: string): ManifestKind => (/\.json$/i.test(name) ? 'json' : 'csv');

/**
 * Reads a manifest into rows of column values, or the reasons the whole file is refused: not UTF-8,
 * malformed, too big, empty, too many rows, unknown, repeated or missing columns (CSV header or JSON
 * keys). Empty rows are skipped; list cells are split on `;`.
 */
export function readManifest(bytes: Uint8Array, kind: ManifestKind): ReadManifestResult {
  if (bytes.length > MAX_MANIFEST_BYTES) {
    return refused(fileProblem('fileTooLarge', { max: MAX_MANIFEST_BYTES / (1024 * 1024) }));
  }
  return kind === 'json' ? readJson(bytes) : readCsv(bytes);
}

function checkColumns(columns: string[], row = 1): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const known = new Set(manifestColumnNames);
  const unknown = [...new Set(columns.filter((c) => !known.has(c)))];
  if (unknown.length) {
    problems.push(
      fileProblem('hubImportUnknownColumns', { count: unknown.length, columns: unknown.join(', ') }, row),
    );
  }
  return problems;
}

function readCsv(bytes: Uint8Array): ReadManifestResult {
  const read = readCsvFile(bytes, { maxRecordSize: 1024 * 1024 });
  if (!read.ok) {
    return read.problem === 'notUtf8'
      ? refused(fileProblem('hubImportNotUtf8'))
      : refused(fileProblem('hubImportBadCsv', { line: read.line }, read.line));
  }
  const [head, ...body] = read.records;
  if (!head || !body.length) return refused(fileProblem('hubImportEmpty'));
  if (body.length > MAX_MANIFEST_ROWS)
    return refused(fileProblem('hubImportTooManyRows', { max: MAX_MANIFEST_ROWS }));
  const columns = head.cells.map((c) => c.trim().toLowerCase());
  const problems = checkColumns(columns.filter(Boolean));
  const duplicates = [...new Set(columns.filter((c, i) => c && columns.indexOf(c) !== i))];
  if (duplicates.length) {
    problems.push(
      fileProblem('hubImportDuplicateColumns', { count: duplicates.length, columns: duplicates.join(', ') }),
    );
  }
  const missing = requiredManifestColumns.filter((c) => !columns.includes(c));
  if (missing.length) {
    problems.push(
      fileProblem('hubImportMissingColumns', { count: missing.length, columns: missing.join(', ') }),
    );
  }
  if (problems.length) return refused(...problems);
  const rows = body.map(({ line, cells }) => {
    const values: ManifestRow['values'] = {};
    columns.forEach((column, i) => {
      const cell = (cells[i] ?? '').trim();
      if (!column || cell === '') return;
      values[column] = listColumns.has(column) ? splitList(cell) : cell;
    });
    return { row: line, values };
  });
  return { ok: true, rows };
}

/** A JSON cell: text as it is, numbers and booleans as text, arrays as lists of text. */
function jsonCell(column: string, value: unknown): string | string[] | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    const items = value
      .filter((v) => v !== null && v !== undefined)
      .map((v) => String(v).trim())
      .filter(Boolean);
    return listColumns.has(column) ? items : items.join('; ');
  }
  if (typeof value === 'object') return undefined;
  const text = String(value).trim();
  if (text === '') return undefined;
  return listColumns.has(column) ? splitList(text) : text;
}

function readJson(bytes: Uint8Array): ReadManifestResult {
  let doc: unknown;
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    doc = JSON.parse(text);
  } catch {
    return refused(fileProblem('hubImportBadJson'));
  }
  // An array of resources, or { "resources": [...] }.
  const items = Array.isArray(doc)
    ? doc
    : doc && typeof doc === 'object'
      ? (doc as { resources?: unknown }).resources
      : null;
  if (!Array.isArray(items)) return refused(fileProblem('hubImportBadJson'));
  if (!items.length) return refused(fileProblem('hubImportEmpty'));
  if (items.length > MAX_MANIFEST_ROWS)
    return refused(fileProblem('hubImportTooManyRows', { max: MAX_MANIFEST_ROWS }));
  const problems: ImportProblem[] = [];
  const rows: ManifestRow[] = [];
  items.forEach((item, i) => {
    const row = i + 1;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      problems.push(fileProblem('hubImportNotAnObject', undefined, row));
      return;
    }
    const entries = Object.entries(item as Record<string, unknown>).map(
      ([k, v]) => [k.trim().toLowerCase(), v] as const,
    );
    problems.push(
      ...checkColumns(
        entries.map(([k]) => k),
        row,
      ),
    );
    const values: ManifestRow['values'] = {};
    for (const [column, value] of entries) {
      const cell = jsonCell(column, value);
      if (cell !== undefined) values[column] = cell;
    }
    rows.push({ row, values });
  });
  return problems.length ? refused(...problems) : { ok: true, rows };
}
