/**
 * CSV for every export (RFC 4180, CRLF line ends). A document starts with a UTF-8 byte order mark so
 * spreadsheet programs read Arabic. Text a spreadsheet would run as a formula (=, +, -, @, tab or CR
 * first) gets a leading apostrophe; numbers and booleans are written as they are.
 */
export type CsvCell = string | number | boolean | null | undefined;

export const csvBom = '\uFEFF';

/**
 * One field: empty for null; quoted, with quotes doubled, when it holds a quote, a line break, a comma
 * or a semicolon (the list separator of spreadsheet programs in many locales).
 */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record, ending in CRLF. */
export const csvLine = (cells: readonly CsvCell[]): string => `${cells.map(csvField).join(',')}\r\n`;

/** A whole document: the byte order mark, then one line per row (the first row is the header). */
export const csvDocument = (rows: readonly (readonly CsvCell[])[]): string =>
  `${csvBom}${rows.map(csvLine).join('')}`;
