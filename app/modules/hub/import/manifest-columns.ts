/**
 * The columns of a resource import manifest (docs/hub-import.md): one row per resource, CSV with
 * these names in its header or JSON objects with these keys. No server code here: the import page
 * lists the columns from this module.
 */

/** Largest manifest file. */
export const MAX_MANIFEST_BYTES = 10 * 1024 * 1024;
/** Resources in one manifest at most. */
export const MAX_MANIFEST_ROWS = 5_000;
/** Longest external id. */
export const EXTERNAL_ID_MAX_LENGTH = 100;
/** Largest ZIP accepted from the import page (under the server's 25 MB body cap for upload paths). */
export const MAX_IMPORT_ZIP_BYTES = 24 * 1024 * 1024;
/** What the page's ZIP may expand to, in all. */
export const MAX_IMPORT_UNZIPPED_BYTES = 200 * 1024 * 1024;
/** Names of the manifest inside the page's ZIP (at its root), in the order they are looked for. */
export const manifestNamesInZip = ['manifest.csv', 'manifest.json'] as const;

/** Every column; `required` ones must be present in a CSV header (their cells are then checked row by row). */
export const manifestColumns: readonly { name: string; required: boolean }[] = [
  { name: 'external_id', required: true },
  { name: 'title_ar', required: false },
  { name: 'title_en', required: false },
  { name: 'abstract_ar', required: false },
  { name: 'abstract_en', required: false },
  { name: 'original_language', required: true },
  { name: 'document_languages', required: true },
  { name: 'type', required: true },
  { name: 'publisher', required: true },
  { name: 'authors', required: false },
  { name: 'publication_date', required: false },
  { name: 'audiences', required: false },
  { name: 'objectives', required: true },
  { name: 'principles', required: false },
  { name: 'countries', required: false },
  { name: 'regions', required: false },
  { name: 'is_global', required: false },
  { name: 'licence', required: true },
  { name: 'file', required: false },
  { name: 'url', required: false },
];
export const manifestColumnNames: readonly string[] = manifestColumns.map((c) => c.name);
export const requiredManifestColumns: readonly string[] = manifestColumns
  .filter((c) => c.required)
  .map((c) => c.name);

/** Columns whose cell holds a list, separated by semicolons (the Arabic semicolon too). */
export const listColumns: ReadonlySet<string> = new Set([
  'document_languages',
  'authors',
  'audiences',
  'objectives',
  'principles',
  'countries',
  'regions',
]);

export function splitList(value: string): string[] {
  return value
    .split(/[;\u061B]/)
    .map((v) => v.trim())
    .filter(Boolean);
}

/** The manifest column a path of the resource schema comes from (`title.ar` → `title_ar`). */
export function columnOfPath(path: string): string | null {
  const head = path.split(/[.[]/)[0] ?? '';
  const byPath: Record<string, string> = {
    'title.ar': 'title_ar',
    'title.en': 'title_en',
    'abstract.ar': 'abstract_ar',
    'abstract.en': 'abstract_en',
    title: 'title_ar / title_en',
    abstract: 'abstract_ar / abstract_en',
    originalLanguage: 'original_language',
    documentLanguages: 'document_languages',
    publicationDate: 'publication_date',
    isGlobal: 'is_global',
  };
  const direct = byPath[path] ?? byPath[head];
  if (direct) return direct;
  return manifestColumnNames.includes(head) ? head : null;
}

/** One reason a row (or, on row 1 with no external id, the whole manifest) is refused. */
export interface ImportProblem {
  /** The row's number: in a CSV the line it ends on (the header is 1); in JSON the item's position + 1. */
  row: number;
  externalId: string | null;
  column: string | null;
  /** An error code: the message is `errors.<code>` in the reader's language. */
  code: string;
  params?: Record<string, string | number>;
}

/** The catalog key of a problem's message (in the `errors` namespace). */
export const problemMessageKey = (p: Pick<ImportProblem, 'code'>) => `errors.${p.code}`;
