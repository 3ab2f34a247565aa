import { getTableColumns } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Locale, Translated } from '#db/schema/columns';
import type { Provenance } from '#db/schema/reference';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Db } from '~/platform/db.server';
import { AppError, notFound, staleVersion } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { invalidateReferenceCache } from './reference-cache.server';
import { type LabelField, labelFields, labelMaxLength, type ReferenceKind } from './reference-kinds';
import { kindTables } from './reference-tables.server';
import { type SettableStatus, settableStatuses } from './translation-status';

export interface UpdateReferenceLabelInput {
  db?: Db;
  actorId: string;
  kind: ReferenceKind;
  id: string;
  /** The version the user read; a stale save is refused with the current row (409). */
  version: number;
  /** New texts per label field; a field left out keeps its texts. */
  labels: Partial<Record<LabelField, { ar: string; en: string }>>;
  /** New status per "field.lang" (e.g. "title.ar": "official"); left out: unchanged. */
  statuses?: Partial<Record<string, SettableStatus>>;
  requestId?: string;
}

const locales: Locale[] = ['ar', 'en'];

/**
 * A secretariat user corrects a reference label (e.g. replaces a working Arabic translation with
 * the official UN text). Versioned, audited in the same transaction; every changed label or status
 * is added to editedFields so re-seeding leaves it alone.
 */
export async function updateReferenceLabel(input: UpdateReferenceLabelInput): Promise<{ version: number }> {
  const { db = getDb(), actorId, kind, id, version, labels, statuses = {}, requestId } = input;
  const allowed = labelFields[kind];
  const { table, where, idField } = kindTables[kind];
  const condition = where(id);
  if (!condition) throw notFound();

  const clean: Partial<Record<LabelField, Translated>> = {};
  for (const [field, value] of Object.entries(labels) as [LabelField, { ar: string; en: string }][]) {
    if (!allowed.includes(field)) throw new AppError('invalidChoice', 400, { field });
    const out: Translated = {};
    for (const lang of locales) {
      const text = (value[lang] ?? '').trim();
      if (!text) throw new AppError('required', 400, { field: `${field}.${lang}` });
      if (text.length > labelMaxLength[field])
        throw new AppError('tooLong', 400, { field: `${field}.${lang}`, max: labelMaxLength[field] });
      out[lang] = text;
    }
    clean[field] = out;
  }
  for (const [key, status] of Object.entries(statuses)) {
    const [field, lang] = key.split('.') as [LabelField, Locale];
    if (
      !allowed.includes(field) ||
      !locales.includes(lang) ||
      !status ||
      !Object.hasOwn(settableStatuses, status)
    ) {
      throw new AppError('invalidChoice', 400, { field: key });
    }
  }

  const result = await db.transaction(async (tx) => {
    const columns = getTableColumns(table) as unknown as Record<string, PgColumn>;
    const [current] = (await tx
      .select()
      .from(table as PgTable)
      .where(condition)
      .for('update')
      .limit(1)) as Record<string, unknown>[];
    if (!current) throw notFound();
    if (current.version !== version) throw staleVersion(current);

    const provenance = (current.provenance ?? { sources: [], status: {} }) as Provenance;
    const status = { ...provenance.status };
    const edited = new Set((current.editedFields as string[] | undefined) ?? []);
    const set: Record<string, unknown> = {};
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};

    for (const field of allowed) {
      const old = (current[field] ?? {}) as Translated;
      const next = clean[field] ?? old;
      let changed = false;
      for (const lang of locales) {
        const key = `${field}.${lang}`;
        const newStatus = statuses[key];
        const textChanged = (next[lang] ?? '') !== (old[lang] ?? '');
        const statusChanged = newStatus !== undefined && settableStatuses[newStatus] !== status[key];
        if (!textChanged && !statusChanged) continue;
        changed = true;
        edited.add(key);
        before[key] = { text: old[lang] ?? null, status: status[key] ?? null };
        if (statusChanged) status[key] = settableStatuses[newStatus!];
        after[key] = { text: next[lang] ?? null, status: status[key] ?? null };
      }
      if (changed && columns[field]) set[field] = next;
    }

    set.editedFields = [...edited].sort();
    set.provenance = { ...provenance, status };
    const { after: row } = await updateVersioned({
      db: tx,
      table,
      where: condition,
      expectedVersion: version,
      set: set as never,
    });
    await recordAudit(tx, {
      actorId,
      action: 'reference.label.update',
      entityType: `reference.${kind}`,
      entityId: String(current[idField]),
      before,
      after,
      requestId,
    });
    return { version: (row as { version: number }).version };
  });
  invalidateReferenceCache();
  return result;
}
