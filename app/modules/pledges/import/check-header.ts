import type { PledgeImportReportEntry } from '#db/schema/pledge-imports';
import { importColumnNames, requiredImportColumns } from './import-columns';

/**
 * The header of an import file: its column names (lower case, trimmed), or the reasons the whole
 * file is refused — unknown columns (named), missing required ones, duplicates, blank names.
 */
export function checkHeader(
  raw: string[],
): { ok: true; columns: string[] } | { ok: false; problems: PledgeImportReportEntry[] } {
  const columns = raw.map((h) => h.trim().toLowerCase());
  while (columns.length && columns[columns.length - 1] === '') columns.pop();
  const problems: PledgeImportReportEntry[] = [];
  const fileProblem = (
    key: string,
    params: PledgeImportReportEntry['params'],
    column: string | null = null,
  ) => problems.push({ row: 1, externalId: null, column, key: `errors.${key}`, params });

  const blank = columns.flatMap((c, i) => (c === '' ? [i + 1] : []));
  if (blank.length) fileProblem('pledgeImportBlankHeader', { position: blank.join(', ') });
  const known = new Set(importColumnNames);
  const unknown = [...new Set(columns.filter((c) => c !== '' && !known.has(c)))];
  if (unknown.length) {
    fileProblem('pledgeImportUnknownColumns', { count: unknown.length, columns: unknown.join(', ') });
  }
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const c of columns) {
    if (c !== '' && seen.has(c)) duplicates.add(c);
    seen.add(c);
  }
  if (duplicates.size) {
    fileProblem('pledgeImportDuplicateColumns', {
      count: duplicates.size,
      columns: [...duplicates].join(', '),
    });
  }
  const missing = requiredImportColumns.filter((c) => !seen.has(c));
  if (missing.length) {
    fileProblem('pledgeImportMissingColumns', { count: missing.length, columns: missing.join(', ') });
  }
  return problems.length ? { ok: false, problems } : { ok: true, columns };
}
