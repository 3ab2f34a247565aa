import type { PledgeImportReportEntry } from '#db/schema/pledge-imports';
import { AppError } from '~/platform/errors';
import { errorFields } from '~/platform/forms/issues';
import { splitPath } from '~/platform/forms/paths';
import { normaliseDigits, plainText } from '~/platform/text/normalise-text';
import { type PledgeInput, parsePledgeInput } from '../pledge-schema';
import {
  EXTERNAL_ID_MAX_LENGTH,
  type ImportStatus,
  importStatuses,
  indicatorColumn,
  MAX_IMPORT_INDICATORS,
  pledgerTypes,
  splitList,
} from './import-columns';

/**
 * One row of an import file, read but not yet checked against the database: the pure part of the
 * import (docs/pledges-import.md), so its rules are unit-tested without a database.
 */
export interface ImportRow {
  row: number;
  externalId: string;
  pledgerType: (typeof pledgerTypes)[number] | null;
  pledger: string;
  status: ImportStatus | null;
  publishedDate: string | null;
  /** Partner references as written (ISO3 codes, organisation ids or names). */
  partners: string[];
  /** The matched pledge as written (a Marsad id or an external id). */
  matches: string | null;
  /** The row as the pledge schema reads it, before partners and the matched pledge are resolved. */
  input: Record<string, unknown>;
  /** The indicator column number (1–5) of each indicator in `input.indicators`. */
  indicatorNumbers: number[];
  /** Problems found in the cells themselves. */
  problems: PledgeImportReportEntry[];
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (value: string) => {
  if (!isoDate.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
};

/** The cells by lower-case column name; cells past the header's end are ignored (reported apart). */
export function cellsByColumn(header: string[], cells: string[]): Map<string, string> {
  const out = new Map<string, string>();
  header.forEach((name, i) => {
    out.set(name, (cells[i] ?? '').trim());
  });
  return out;
}

/** Reads one row's cells into what the rest of the import checks. */
export function readImportRow(row: number, cells: Map<string, string>): ImportRow {
  const get = (column: string) => cells.get(column) ?? '';
  const lower = (column: string) => get(column).toLowerCase();
  const problems: PledgeImportReportEntry[] = [];
  // biome-ignore lint/suspicious/noControlCharactersInRegex: an id with control characters is refused
  const externalId = get('external_id').replace(/[\u0000-\u001f\u007f]/g, '');
  const problem = (column: string, key: string, params?: PledgeImportReportEntry['params']) =>
    problems.push({ row, externalId: externalId || null, column, key, ...(params ? { params } : {}) });

  if (!externalId) problem('external_id', 'errors.required');
  else if (externalId.length > EXTERNAL_ID_MAX_LENGTH) {
    problem('external_id', 'errors.tooLong', { max: EXTERNAL_ID_MAX_LENGTH });
  }

  const pledgerType = lower('pledger_type');
  const knownPledgerType = (pledgerTypes as readonly string[]).includes(pledgerType);
  if (!pledgerType) problem('pledger_type', 'errors.required');
  else if (!knownPledgerType) problem('pledger_type', 'errors.invalidChoice');
  const pledger = get('pledger');
  if (!pledger) problem('pledger', 'errors.required');

  const status = lower('status');
  const knownStatus = (importStatuses as readonly string[]).includes(status);
  if (!status) problem('status', 'errors.required');
  else if (!knownStatus) problem('status', 'errors.invalidChoice');

  const publishedDate = normaliseDigits(get('published_date')) || null;
  if (publishedDate) {
    if (!validDate(publishedDate)) problem('published_date', 'errors.invalidDate');
    else if (knownStatus && status !== 'published' && status !== 'closed') {
      problem('published_date', 'errors.pledgeImportPublishedDateNotExpected');
    }
  }

  const indicators: Record<string, unknown>[] = [];
  const indicatorNumbers: number[] = [];
  for (let n = 1; n <= MAX_IMPORT_INDICATORS; n++) {
    const part = (p: Parameters<typeof indicatorColumn>[1]) => get(indicatorColumn(n, p));
    const values = {
      name: { ar: part('name_ar'), en: part('name_en') },
      unit: part('unit'),
      baseline: part('baseline'),
      target: part('target'),
      dueDate: part('due_date'),
    };
    if (
      ![values.name.ar, values.name.en, values.unit, values.baseline, values.target, values.dueDate].some(
        Boolean,
      )
    )
      continue;
    indicators.push(values);
    indicatorNumbers.push(n);
  }

  const input: Record<string, unknown> = {
    title: { ar: get('title_ar'), en: get('title_en') },
    description: { ar: get('description_ar'), en: get('description_en') },
    originalLanguage: lower('original_language'),
    kind: lower('kind'),
    forms: splitList(lower('forms')),
    financialAmount: get('financial_amount'),
    financialCurrency: get('financial_currency'),
    objectives: splitList(normaliseDigits(get('objectives'))),
    principles: splitList(lower('principles')),
    level: lower('level'),
    countries: splitList(get('countries')),
    regions: splitList(get('regions')),
    startDate: get('start_date'),
    endDate: get('end_date'),
    refugeeOnly: false,
    indicators,
  };
  return {
    row,
    externalId,
    pledgerType: knownPledgerType ? (pledgerType as ImportRow['pledgerType']) : null,
    pledger,
    status: knownStatus ? (status as ImportStatus) : null,
    publishedDate,
    partners: splitList(get('partners')),
    matches: get('matches') || null,
    input,
    indicatorNumbers,
    problems,
  };
}

/** The column a pledge-schema field path comes from ('indicators[0].target' → 'indicator_1_target'). */
export function columnOfField(field: string, language: string, indicatorNumbers: number[]): string | null {
  const [head, a, b, c] = splitPath(field).map(String);
  const lang = language === 'en' ? 'en' : 'ar';
  const side = (x: string | undefined) => (x === 'ar' || x === 'en' ? x : lang);
  switch (head) {
    case 'title':
    case 'description':
      return `${head}_${side(a)}`;
    case 'originalLanguage':
      return 'original_language';
    case 'matchesPledgeId':
      return 'matches';
    case 'financialAmount':
      return 'financial_amount';
    case 'financialCurrency':
      return 'financial_currency';
    case 'startDate':
      return 'start_date';
    case 'endDate':
      return 'end_date';
    case 'kind':
    case 'partners':
    case 'forms':
    case 'objectives':
    case 'principles':
    case 'level':
    case 'countries':
    case 'regions':
      return head;
    case 'indicators': {
      const n = indicatorNumbers[Number(a)] ?? 1;
      if (b === 'name') return indicatorColumn(n, side(c) === 'en' ? 'name_en' : 'name_ar');
      if (b === 'dueDate') return indicatorColumn(n, 'due_date');
      if (b === 'unit' || b === 'baseline' || b === 'target') return indicatorColumn(n, b);
      return indicatorColumn(n, 'target');
    }
    default:
      return null;
  }
}

/**
 * The pledge rules of the form (pledge-schema.ts, through parsePledgeInput) on a row whose partners
 * and matched pledge are resolved: the parsed input, or the problems with their columns.
 * `skipFields` leaves out issues on fields already reported (an unknown partner need not also be
 * "partners required").
 */
export function checkImportInput(
  row: ImportRow,
  input: Record<string, unknown>,
  skipFields: ReadonlySet<string> = new Set(),
): { ok: true; value: PledgeInput } | { ok: false; problems: PledgeImportReportEntry[] } {
  let issues: { field: string; code: string; params?: Record<string, string | number> }[];
  try {
    return { ok: true, value: parsePledgeInput(input) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    issues = Object.entries(errorFields(error)).flatMap(([field, errors]) =>
      errors.map((e) => ({ field, ...e })),
    );
  }
  const language = String(input.originalLanguage ?? 'ar');
  const problems: PledgeImportReportEntry[] = [];
  const seen = new Set<string>();
  for (const { field, code, params } of issues) {
    if (skipFields.has(String(splitPath(field)[0]))) continue;
    const column = columnOfField(field, language, row.indicatorNumbers);
    const key = `${column}|${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({
      row: row.row,
      externalId: row.externalId || null,
      column,
      key: `errors.${code}`,
      ...(params ? { params } : {}),
    });
  }
  return { ok: false, problems };
}

/** Plain text of a cell as stored (for names matched against organisations). */
export const matchKey = (value: string) => plainText(value).replace(/\s+/g, ' ').toLowerCase();
