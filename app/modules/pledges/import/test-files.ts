import ExcelJS from 'exceljs';
import { sampleDescription } from '#seed/pledge-factories';
import { csvBom, csvField } from '~/platform/csv';

/**
 * Import files for tests, the browser test and the benchmark: a valid row (a published pledge of
 * Jordan) to override, and the rows written as CSV or XLSX.
 */
export type ImportRowValues = Record<string, string | number | Date | null>;

export function importRowValues(overrides: ImportRowValues = {}): ImportRowValues {
  return {
    external_id: 'src-1',
    pledger_type: 'state',
    pledger: 'JOR',
    status: 'published',
    published_date: '2025-03-01',
    original_language: 'en',
    title_ar: '',
    title_en: 'Four one-stop centres for migrant workers',
    description_ar: '',
    description_en: sampleDescription.en,
    kind: 'individual',
    partners: '',
    matches: '',
    forms: 'policy;financial',
    financial_amount: '250000',
    financial_currency: 'USD',
    objectives: '6;7',
    principles: 'human_rights',
    level: 'national',
    countries: 'JOR',
    regions: '',
    start_date: '2025-01-01',
    end_date: '2029-12-31',
    indicator_1_name_ar: '',
    indicator_1_name_en: 'Centres open',
    indicator_1_unit: 'centres',
    indicator_1_baseline: '0',
    indicator_1_target: '4',
    indicator_1_due_date: '2027-12-31',
    ...overrides,
  };
}

const columnsOf = (rows: ImportRowValues[]) => [...new Set(rows.flatMap((r) => Object.keys(r)))];
const text = (v: ImportRowValues[string] | undefined) =>
  v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);

/** Rows as CSV (header from the rows' keys), comma or semicolon separated, with a BOM unless told not to. */
export function importCsv(
  rows: ImportRowValues[],
  options: { delimiter?: ',' | ';'; bom?: boolean; columns?: string[] } = {},
): Buffer {
  const { delimiter = ',', bom = true } = options;
  const columns = options.columns ?? columnsOf(rows);
  const lines = [
    columns.join(delimiter),
    ...rows.map((r) => columns.map((c) => csvField(text(r[c]))).join(delimiter)),
  ];
  return Buffer.from(`${bom ? csvBom : ''}${lines.join('\r\n')}\r\n`, 'utf8');
}

/** Rows as an XLSX workbook (first sheet); numbers and dates stay typed cells. */
export async function importXlsx(
  rows: ImportRowValues[],
  options: { columns?: string[] } = {},
): Promise<Buffer> {
  const columns = options.columns ?? columnsOf(rows);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Pledges');
  sheet.addRow(columns);
  for (const r of rows) sheet.addRow(columns.map((c) => (r[c] === '' ? null : (r[c] ?? null))));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
