import crypto from 'node:crypto';
import os from 'node:os';
import { and, eq, inArray } from 'drizzle-orm';
import { auditLog } from '#db/schema/accounts';
import { attachments, files } from '#db/schema/files';
import { hubResources } from '#db/schema/hub';
import { countryTags, objectiveTags, principleTags, regionTags } from '#db/schema/tagging';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { scheduleMaintenance } from '~/platform/db-maintenance.server';
import { AppError, forbidden } from '~/platform/errors';
import { extractTexts } from '~/platform/extraction/extract-texts.server';
import { insertJsonRows } from '~/platform/insert-json-rows.server';
import { getDb } from '~/platform/platform.server';
import { type FileStorage, getStorage, newStorageKey } from '~/platform/storage/index.server';
import { canCurateHub, hubResourceEntityType } from '../hub-policy';
import { syncResources } from '../resources/resource-content.server';
import type { ImportFiles } from './import-files.server';
import {
  loadExistingResources,
  type PlannedResource,
  planResourceImport,
} from './plan-resource-import.server';
import { type ImportProblem, type ManifestKind, readManifest } from './read-manifest.server';

export const resourceImportEntityType = 'hub_resource_import';
/** Reasons returned by one run at most; a run with more says so. */
export const MAX_IMPORT_PROBLEMS = 2000;

/** Who runs the import: a Hub editor on the page, or the operator at the command line (no account). */
export type ImportActor = { subject: Subject } | 'operator';

export type ImportPhase = 'check' | 'extract' | 'write';
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface ResourceImportResult {
  runId: string;
  outcome: 'imported' | 'refused';
  rowCount: number;
  created: number;
  updated: number;
  unchanged: number;
  refusedRows: number;
  /** Files kept whose text could not be read (their resources are flagged 'unreadable'). */
  unreadable: number;
  problems: ImportProblem[];
  problemsTruncated: boolean;
  durationMs: number;
}

interface Prepared {
  plan: PlannedResource;
  storageKey: string | null;
  fileId: string | null;
  extraction: 'none' | 'extracted' | 'unreadable';
  extractedText: string | null;
}

const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

/**
 * Imports a secretariat's existing library of resources from a manifest (CSV or JSON) and its files
 * (docs/hub-import.md), all or nothing: every row is checked first and, with any refused row, nothing
 * is written and the reasons come back (row, external id, column, error code). Rows are matched on
 * their external id: a new one creates a resource, a changed one updates it, an unchanged one is
 * skipped. Files are read in the bounded extraction worker (a file that cannot be read is kept and
 * the resource flagged); then the resources, files, tags, audit entries and index rows are written
 * in one transaction. Imported resources are published: they are the library the Network already
 * vetted (decision in docs/decisions.md). Hub editors (hub.curate) or the operator's CLI only.
 */
export async function importResources(options: {
  db?: DbOrTx;
  storage?: FileStorage;
  actor: ImportActor;
  manifest: { name: string; kind: ManifestKind; bytes: Uint8Array };
  files: ImportFiles;
  now?: Date;
  requestId?: string;
  onProgress?: (progress: ImportProgress) => void;
  /** Extraction workers at once (default: the machine's parallelism, at most 4). */
  concurrency?: number;
}): Promise<ResourceImportResult> {
  const { db = getDb(), actor, files, now = new Date(), onProgress } = options;
  const actorId = actor === 'operator' ? null : actor.subject.userId;
  if (actor !== 'operator' && (!actorId || !canCurateHub(actor.subject))) throw forbidden();
  const started = performance.now();
  const runId = crypto.randomUUID();

  const read = readManifest(options.manifest.bytes, options.manifest.kind);
  const rows = read.ok ? read.rows : [];
  const plan = read.ok
    ? await planResourceImport(db, {
        rows,
        files,
        onChecked: (done) => onProgress?.({ phase: 'check', done, total: rows.length }),
      })
    : { rows: [], problems: read.problems, refusedRows: 0, rowCount: 0 };
  const count = (action: PlannedResource['action']) => plan.rows.filter((r) => r.action === action).length;
  const result = (outcome: ResourceImportResult['outcome'], unreadable = 0): ResourceImportResult => ({
    runId,
    outcome,
    rowCount: plan.rowCount,
    created: outcome === 'imported' ? count('create') : 0,
    updated: outcome === 'imported' ? count('update') : 0,
    unchanged: count('unchanged'),
    refusedRows: plan.refusedRows,
    unreadable,
    problems: plan.problems.slice(0, MAX_IMPORT_PROBLEMS),
    problemsTruncated: plan.problems.length > MAX_IMPORT_PROBLEMS,
    durationMs: Math.round(performance.now() - started),
  });
  const audit = (tx: DbOrTx, outcome: ResourceImportResult) =>
    recordAudit(tx, {
      actorId,
      action: actor === 'operator' ? 'cli.import-resources' : 'hub.resource.import',
      entityType: resourceImportEntityType,
      entityId: runId,
      after: {
        manifest: options.manifest.name.slice(0, 255),
        manifestSha256: crypto.createHash('sha256').update(options.manifest.bytes).digest('hex'),
        outcome: outcome.outcome,
        rows: outcome.rowCount,
        created: outcome.created,
        updated: outcome.updated,
        unchanged: outcome.unchanged,
        refused: outcome.refusedRows,
        unreadable: outcome.unreadable,
      },
      requestId: options.requestId,
    });

  if (plan.problems.length) {
    const refused = result('refused');
    await audit(db, refused);
    return refused;
  }

  // Outside the transaction: the slow part (text extraction in bounded workers) and the bytes into
  // storage under new keys. A transaction that fails afterwards removes them again.
  const storage = options.storage ?? getStorage();
  const toWrite = plan.rows.filter((r) => r.action !== 'unchanged');
  const prepared: Prepared[] = [];
  const stored: string[] = [];
  const concurrency = options.concurrency ?? Math.min(4, Math.max(1, os.availableParallelism()));
  let extracted = 0;
  try {
    for (const planned of toWrite) {
      prepared.push({
        plan: planned,
        storageKey: null,
        fileId: null,
        extraction: 'none',
        extractedText: null,
      });
    }
    const withFiles = prepared.filter((p) => p.plan.file);
    await extractTexts({
      items: withFiles,
      concurrency,
      async read(item) {
        const file = item.plan.file!;
        // Read again (the plan kept no bytes): a file changed since the check refuses the run.
        const again = await files.read(file.path);
        if (!('bytes' in again) || sha256(again.bytes) !== file.sha256) {
          throw new AppError('hubImportFileChanged', 409, { value: file.path });
        }
        item.storageKey = newStorageKey();
        await storage.put(item.storageKey, again.bytes, {
          contentType: file.contentType,
          size: again.bytes.length,
        });
        stored.push(item.storageKey);
        item.fileId = crypto.randomUUID();
        return { bytes: again.bytes, kind: file.kind };
      },
      onDone(item, text) {
        item.extraction = text.ok && text.text ? 'extracted' : 'unreadable';
        item.extractedText = text.ok && text.text ? text.text : null;
        onProgress?.({ phase: 'extract', done: ++extracted, total: withFiles.length });
      },
    });
    const unreadable = prepared.filter((p) => p.extraction === 'unreadable').length;
    const done = result('imported', unreadable);
    await db.transaction(async (tx) => {
      onProgress?.({ phase: 'write', done: 0, total: toWrite.length });
      await writeResources(tx, { prepared, actorId, now, runId, requestId: options.requestId });
      await audit(tx, done);
      if (toWrite.length >= 100) await scheduleMaintenance(tx);
      onProgress?.({ phase: 'write', done: toWrite.length, total: toWrite.length });
    });
    done.durationMs = Math.round(performance.now() - started);
    return done;
  } catch (error) {
    await Promise.all(stored.map((key) => storage.delete(key).catch(() => {})));
    // Another import wrote a resource with one of these external ids meanwhile.
    if (isUniqueViolation(error)) throw new AppError('hubImportConflict', 409);
    throw error;
  }
}

const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');

/** The tag rows of these resources for the shared tagging tables (values checked by the plan). */
function tagRows(rows: PlannedResource[]) {
  const entityType = hubResourceEntityType;
  return {
    objectives: rows.flatMap((r) =>
      r.input.objectives.map((objective) => ({ entityType, entityId: r.resourceId, objective })),
    ),
    principles: rows.flatMap((r) =>
      r.input.principles.map((principle) => ({ entityType, entityId: r.resourceId, principle })),
    ),
    countries: rows.flatMap((r) =>
      r.input.countries.map((country) => ({ entityType, entityId: r.resourceId, country })),
    ),
    regions: rows.flatMap((r) =>
      r.input.regions.map((region) => ({ entityType, entityId: r.resourceId, region })),
    ),
  };
}

const columnsOf = (p: Prepared, now: Date) => ({
  title: p.plan.input.title,
  abstract: p.plan.input.abstract,
  originalLanguage: p.plan.input.originalLanguage,
  documentLanguages: p.plan.input.documentLanguages,
  type: p.plan.input.type,
  publisher: p.plan.input.publisher,
  authors: p.plan.input.authors,
  publicationDate: p.plan.input.publicationDate ?? null,
  audiences: p.plan.input.audiences,
  isGlobal: p.plan.input.isGlobal,
  licence: p.plan.input.licence,
  url: p.plan.input.url ?? null,
  importHash: p.plan.hash,
  updatedAt: now,
});

/**
 * Writes the prepared rows inside the caller's transaction: new resources in batches (published, with
 * their files, attachments and tags), changed ones one by one (version bumped; the file replaced only
 * when it changed; tags replaced), one audit entry per resource, and the content index rows.
 */
async function writeResources(
  tx: DbOrTx,
  options: { prepared: Prepared[]; actorId: string | null; now: Date; runId: string; requestId?: string },
) {
  const { prepared, actorId, now, runId } = options;
  const withFile = prepared.filter((p) => p.fileId);
  await insertJsonRows(
    tx,
    files,
    withFile.map((p) => ({
      id: p.fileId!,
      storageKey: p.storageKey!,
      originalName: p.plan.file!.name,
      contentType: p.plan.file!.contentType,
      sizeBytes: p.plan.file!.size,
      sha256: p.plan.file!.sha256,
      uploadedBy: actorId,
      createdAt: now,
    })),
  );

  const created = prepared.filter((p) => p.plan.action === 'create');
  await insertJsonRows(
    tx,
    hubResources,
    created.map((p) => ({
      ...columnsOf(p, now),
      id: p.plan.resourceId,
      externalId: p.plan.externalId,
      submittedBy: actorId,
      status: 'published' as const,
      publishedAt: now,
      fileId: p.fileId,
      extraction: p.extraction,
      extractedText: p.extractedText,
      importedVersion: 1,
      version: 1,
      createdAt: now,
    })),
  );

  // Existing rows locked now: the plan was made outside the transaction.
  const updated = prepared.filter((p) => p.plan.action === 'update');
  const locked = await loadExistingResources(
    tx,
    updated.map((p) => p.plan.externalId),
    { lock: true },
  );
  const before = new Map<string, number>();
  for (const p of updated) {
    const current = locked.get(p.plan.externalId);
    if (!current || current.version !== p.plan.existing!.version)
      throw new AppError('hubImportConflict', 409);
    before.set(p.plan.resourceId, current.version);
    const version = current.version + 1;
    await tx
      .update(hubResources)
      .set({
        ...columnsOf(p, now),
        ...(p.fileId ? { fileId: p.fileId, extraction: p.extraction, extractedText: p.extractedText } : {}),
        ...(!p.plan.file ? { fileId: null, extraction: 'none' as const, extractedText: null } : {}),
        version,
        importedVersion: version,
      })
      .where(and(eq(hubResources.id, p.plan.resourceId), eq(hubResources.version, current.version)));
  }
  if (updated.length) {
    const ids = updated.map((p) => p.plan.resourceId);
    for (const table of [objectiveTags, principleTags, countryTags, regionTags]) {
      await tx
        .delete(table)
        .where(and(eq(table.entityType, hubResourceEntityType), inArray(table.entityId, ids)));
    }
  }

  await insertJsonRows(
    tx,
    attachments,
    withFile.map((p) => ({
      fileId: p.fileId!,
      entityType: hubResourceEntityType,
      entityId: p.plan.resourceId,
      position: 0,
      createdAt: now,
    })),
  );
  const tags = tagRows(prepared.map((p) => p.plan));
  const tagStatement = { rowsPerStatement: 100_000 };
  await insertJsonRows(tx, objectiveTags, tags.objectives, tagStatement);
  await insertJsonRows(tx, principleTags, tags.principles, tagStatement);
  await insertJsonRows(tx, countryTags, tags.countries, tagStatement);
  await insertJsonRows(tx, regionTags, tags.regions, tagStatement);

  await insertJsonRows(
    tx,
    auditLog,
    prepared.map((p) => ({
      actorId,
      action: p.plan.action === 'create' ? 'hub.resource.import_create' : 'hub.resource.import_update',
      entityType: hubResourceEntityType,
      entityId: p.plan.resourceId,
      before: p.plan.action === 'update' ? { version: before.get(p.plan.resourceId) } : null,
      after: {
        runId,
        externalId: p.plan.externalId,
        row: p.plan.row,
        title: p.plan.input.title,
        fileId: p.fileId,
        extraction: p.extraction,
      },
      requestId: options.requestId ?? null,
    })),
  );
  await syncResources(
    tx,
    prepared.map((p) => p.plan.resourceId),
  );
}
