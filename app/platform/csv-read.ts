import { CsvError, parse } from 'csv-parse/sync';

/** A record of a CSV file with the line it ends on (line numbers a person can find in the file). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type CsvReadResult =
  | { ok: true; records: CsvRecord[] }
  | { ok: false; problem: 'notUtf8' }
  | { ok: false; problem: 'badCsv'; line: number };

/**
 * Reads an uploaded CSV file as people's spreadsheets write them: UTF-8 with or without a byte
 * order mark, comma or semicolon separated (told apart by the header line, which holds plain
 * names), any line ends, cells trimmed, empty lines skipped. Never throws on a bad file.
 */
export function readCsvFile(bytes: Uint8Array, options: { maxRecordSize: number }): CsvReadResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'notUtf8' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // One kind of line end, so record numbers are line numbers whatever wrote the file (texts keep \n).
  text = text.replace(/\r\n?/g, '\n');
  const firstLine = text.slice(0, text.search(/\n|$/));
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  try {
    const records = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
      max_record_size: options.maxRecordSize,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return { ok: true, records: records.map((r) => ({ line: r.info.lines, cells: r.record })) };
  } catch (error) {
    if (error instanceof CsvError)
      return {
        ok: false,
        problem: 'badCsv',
        line: Number((error as CsvError & { lines?: number }).lines) || 1,
      };
    throw error;
  }
}
