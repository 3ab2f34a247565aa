import { csvDocument } from '~/platform/csv';

/**
 * The columns of a pledge import file (docs/pledges-import.md). Header names are English and
 * matched without regard to case or surrounding spaces; any other column refuses the whole file.
 * No server code here: the import page lists the columns from this module.
 */

/** Largest file accepted (the upload is stopped at this size). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Rows of pledges in one file at most. */
export const MAX_IMPORT_ROWS = 20_000;
/** Indicators one row can carry (indicator_1_… to indicator_5_…); more through the pledge form. */
export const MAX_IMPORT_INDICATORS = 5;
/** Longest external id. */
export const EXTERNAL_ID_MAX_LENGTH = 100;
/** Statuses a file may give: a pledge "waiting for changes" is a Marsad review state, not a source state. */
export const importStatuses = ['draft', 'submitted', 'approved', 'published', 'closed'] as const;
export type ImportStatus = (typeof importStatuses)[number];
export const pledgerTypes = ['state', 'organisation'] as const;

export const indicatorParts = ['name_ar', 'name_en', 'unit', 'baseline', 'target', 'due_date'] as const;
export type IndicatorPart = (typeof indicatorParts)[number];
export const indicatorColumn = (n: number, part: IndicatorPart) => `indicator_${n}_${part}`;

/**
 * Every column, in template order; `required` columns must be in the header (their values may still
 * be refused row by row). The `group` names the explanation shown on the import page.
 */
export const importColumns: readonly { name: string; required: boolean; group: string }[] = [
  { name: 'external_id', required: true, group: 'external_id' },
  { name: 'pledger_type', required: true, group: 'pledger_type' },
  { name: 'pledger', required: true, group: 'pledger' },
  { name: 'status', required: true, group: 'status' },
  { name: 'published_date', required: false, group: 'published_date' },
  { name: 'original_language', required: true, group: 'original_language' },
  { name: 'title_ar', required: false, group: 'title' },
  { name: 'title_en', required: false, group: 'title' },
  { name: 'description_ar', required: false, group: 'description' },
  { name: 'description_en', required: false, group: 'description' },
  { name: 'kind', required: true, group: 'kind' },
  { name: 'partners', required: false, group: 'partners' },
  { name: 'matches', required: false, group: 'matches' },
  { name: 'forms', required: true, group: 'forms' },
  { name: 'financial_amount', required: false, group: 'financial' },
  { name: 'financial_currency', required: false, group: 'financial' },
  { name: 'objectives', required: true, group: 'objectives' },
  { name: 'principles', required: false, group: 'principles' },
  { name: 'level', required: true, group: 'level' },
  { name: 'countries', required: false, group: 'countries' },
  { name: 'regions', required: false, group: 'regions' },
  { name: 'start_date', required: false, group: 'dates' },
  { name: 'end_date', required: false, group: 'dates' },
  ...Array.from({ length: MAX_IMPORT_INDICATORS }, (_, i) =>
    indicatorParts.map((part) => ({
      name: indicatorColumn(i + 1, part),
      required: false,
      group: 'indicators',
    })),
  ).flat(),
];

export const importColumnNames: readonly string[] = importColumns.map((c) => c.name);
export const requiredImportColumns: readonly string[] = importColumns
  .filter((c) => c.required)
  .map((c) => c.name);
/** The explanation groups in page order (each once). */
export const importColumnGroups: readonly string[] = [...new Set(importColumns.map((c) => c.group))];

/** Lists in one cell: separated by semicolons (the Arabic semicolon too). */
export function splitList(value: string): string[] {
  return value
    .split(/[;\u061B]/)
    .map((v) => v.trim())
    .filter(Boolean);
}

/** The template offered for download: the header row only (UTF-8 with a byte order mark). */
export const importTemplateCsv = () => csvDocument([importColumnNames]);
