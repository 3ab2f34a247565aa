import crypto from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { hubResources } from '#db/schema/hub';
import { countries, principles, regions } from '#db/schema/reference';
import type { DbOrTx } from '~/platform/db.server';
import { fieldErrorsOf } from '~/platform/forms/issues';
import { type ResourceInput, resourceInputSchema } from '../resources/resource-schema';
import { type CheckedFile, checkImportFile, type ImportFiles } from './import-files.server';
import { columnOfPath, EXTERNAL_ID_MAX_LENGTH } from './manifest-columns';
import type { ImportProblem, ManifestRow } from './read-manifest.server';

export type ExistingResource = Pick<
  typeof hubResources.$inferSelect,
  'id' | 'externalId' | 'importHash' | 'importedVersion' | 'version' | 'fileId' | 'status'
>;

/** What the import will do with one row. */
export interface PlannedResource {
  row: number;
  externalId: string;
  action: 'create' | 'update' | 'unchanged';
  /** The resource's id: a new one for a row that creates a resource. */
  resourceId: string;
  input: ResourceInput;
  /** The file the row names (`path` as the manifest gives it), checked; its bytes are read again when stored. */
  file: (Omit<CheckedFile, 'bytes'> & { path: string; size: number }) | null;
  /** SHA-256 of the row and its file, compared with the last import of the same resource. */
  hash: string;
  existing?: ExistingResource;
}

export interface ResourceImportPlan {
  rows: PlannedResource[];
  problems: ImportProblem[];
  refusedRows: number;
  rowCount: number;
}

const text = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join('; ') : v);
const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The form-shaped input of the resource schema from a manifest row's values. */
export function inputOfRow(values: ManifestRow['values']) {
  const v = (name: string) => text(values[name]);
  return {
    title: { ar: v('title_ar'), en: v('title_en') },
    abstract: { ar: v('abstract_ar'), en: v('abstract_en') },
    originalLanguage: v('original_language')?.toLowerCase(),
    documentLanguages: list(values.document_languages).map((l) => l.toLowerCase()),
    type: v('type')?.toLowerCase(),
    publisher: v('publisher'),
    authors: list(values.authors),
    publicationDate: v('publication_date'),
    audiences: list(values.audiences).map((a) => a.toLowerCase()),
    objectives: list(values.objectives),
    principles: list(values.principles).map((p) => p.toLowerCase()),
    countries: list(values.countries),
    regions: list(values.regions),
    isGlobal: ['1', 'true', 'yes', 'on', 'نعم'].includes((v('is_global') ?? '').toLowerCase()),
    licence: v('licence')?.toLowerCase(),
    url: v('url'),
  };
}

async function loadReferences(db: DbOrTx) {
  const [p, c, r] = await Promise.all([
    db.select({ key: principles.key }).from(principles),
    db.select({ iso3: countries.iso3 }).from(countries),
    db.select({ id: regions.id }).from(regions),
  ]);
  return {
    principles: new Set(p.map((x) => x.key)),
    countries: new Set(c.map((x) => x.iso3)),
    regionByUpper: new Map(r.map((x) => [x.id.toUpperCase(), x.id])),
  };
}

/** The resources already in Marsad under these external ids (locked when asked). */
export async function loadExistingResources(
  db: DbOrTx,
  externalIds: string[],
  options: { lock?: boolean } = {},
) {
  const out = new Map<string, ExistingResource>();
  for (let i = 0; i < externalIds.length; i += 1000) {
    const batch = externalIds.slice(i, i + 1000);
    const query = db
      .select({
        id: hubResources.id,
        externalId: hubResources.externalId,
        importHash: hubResources.importHash,
        importedVersion: hubResources.importedVersion,
        version: hubResources.version,
        fileId: hubResources.fileId,
        status: hubResources.status,
      })
      .from(hubResources)
      .where(inArray(hubResources.externalId, batch));
    for (const row of options.lock ? await query.for('update') : await query) out.set(row.externalId!, row);
  }
  return out;
}

/**
 * Checks every row of a manifest without writing anything: its external id (present, short, once in
 * the file), its values against the rules of the submission form (resourceInputSchema), the reference
 * lists (principles, countries, regions), and its file (present, within size, a real PDF, DOCX or UTF-8
 * text matching its extension) or link. Then decides per row: create, update, unchanged — a resource
 * imported before and edited in Marsad since is refused rather than overwritten.
 */
export async function planResourceImport(
  db: DbOrTx,
  options: { rows: ManifestRow[]; files: ImportFiles; onChecked?: (done: number) => void },
): Promise<ResourceImportPlan> {
  const problems: ImportProblem[] = [];
  const refused = new Set<number>();
  const refs = await loadReferences(db);
  const firstRow = new Map<string, number>();
  const candidates: Omit<PlannedResource, 'action' | 'resourceId' | 'existing'>[] = [];

  let done = 0;
  for (const { row, values } of options.rows) {
    const rowProblems: ImportProblem[] = [];
    const externalId = text(values.external_id) ?? '';
    const problem = (column: string | null, code: string, params?: ImportProblem['params']) =>
      rowProblems.push({ row, externalId: externalId || null, column, code, ...(params ? { params } : {}) });

    if (!externalId) problem('external_id', 'required');
    else if (externalId.length > EXTERNAL_ID_MAX_LENGTH) {
      problem('external_id', 'tooLong', { max: EXTERNAL_ID_MAX_LENGTH });
    } else if (firstRow.has(externalId)) {
      problem('external_id', 'hubImportDuplicateExternalId', { firstRow: firstRow.get(externalId)! });
    } else firstRow.set(externalId, row);

    const parsed = resourceInputSchema.safeParse(inputOfRow(values));
    let input: ResourceInput | null = null;
    if (!parsed.success) {
      for (const [path, errors] of Object.entries(fieldErrorsOf(parsed.error.issues))) {
        for (const e of errors) problem(columnOfPath(path), e.code, e.params);
      }
    } else {
      input = parsed.data;
      for (const key of input.principles) {
        if (!refs.principles.has(key)) problem('principles', 'hubImportUnknownValue', { value: key });
      }
      for (const iso3 of input.countries) {
        if (!refs.countries.has(iso3)) problem('countries', 'hubImportUnknownValue', { value: iso3 });
      }
      input.regions = input.regions.map((id) => {
        const canonical = refs.regionByUpper.get(id.toUpperCase());
        if (!canonical) problem('regions', 'hubImportUnknownValue', { value: id });
        return canonical ?? id;
      });
    }

    let file: PlannedResource['file'] = null;
    const fileName = text(values.file);
    if (fileName) {
      const read = await options.files.read(fileName);
      if ('problem' in read) {
        const code = {
          missing: 'hubImportFileMissing',
          badName: 'hubImportFileBadName',
          tooLarge: 'fileTooLarge',
        }[read.problem];
        problem('file', code, read.problem === 'tooLarge' ? { max: 20 } : { value: fileName });
      } else {
        const checked = await checkImportFile(fileName, read.bytes);
        if (!checked.ok) problem('file', checked.code, checked.params);
        else {
          const { bytes, ...meta } = checked.file;
          file = { ...meta, path: fileName, size: bytes.length };
        }
      }
    } else if (input && !input.url) problem('file', 'hubFileOrLinkRequired');

    if (rowProblems.length || !input) {
      for (const p of rowProblems) problems.push(p);
      refused.add(row);
    } else {
      const hash = crypto
        .createHash('sha256')
        .update(JSON.stringify([input, file?.name ?? null, file?.sha256 ?? null]))
        .digest('hex');
      candidates.push({ row, externalId, input, file, hash });
    }
    options.onChecked?.(++done);
  }

  const existing = await loadExistingResources(db, [...firstRow.keys()]);
  const planned: PlannedResource[] = [];
  for (const c of candidates) {
    const current = existing.get(c.externalId);
    const refuse = (code: string) => {
      problems.push({ row: c.row, externalId: c.externalId, column: 'external_id', code });
      refused.add(c.row);
    };
    if (!current) {
      planned.push({ ...c, action: 'create', resourceId: crypto.randomUUID() });
      continue;
    }
    if (current.importHash === null) refuse('hubImportNotFromImport');
    else if (current.importHash === c.hash) {
      planned.push({ ...c, action: 'unchanged', resourceId: current.id, existing: current });
    } else if (current.importedVersion !== current.version) refuse('hubImportChangedInMarsad');
    else planned.push({ ...c, action: 'update', resourceId: current.id, existing: current });
  }
  problems.sort((a, b) => a.row - b.row);
  return { rows: planned, problems, refusedRows: refused.size, rowCount: options.rows.length };
}
