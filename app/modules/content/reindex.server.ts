import { and, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import { contentIndexVersions, contentItems } from '#db/schema/content';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { searchAnalysisVersion } from '~/platform/text/search-text';
import type { ContentEntry, ContentType } from './content-type';
import { storedForm, syncContent } from './sync-content.server';

export interface IndexDrift {
  type: string;
  /** Items in the sources but not in the index. */
  missing: string[];
  /** Items whose index row differs from their projection. */
  differing: string[];
  /** Index rows whose item no longer exists. */
  orphaned: string[];
  checked: number;
}

const batchSize = 500;

/** The columns a projection gives (the search vector is derived from them when written). */
const { type: _type, searchVector: _searchVector, ...entryColumns } = getTableColumns(contentItems);

/**
 * The version recorded for a type: its projection's and the search analysis's together, so a change
 * of either rebuilds the type's rows (and their search vectors) at the next start.
 */
const indexVersion = (type: ContentType) => type.version * 1000 + searchAnalysisVersion;

/** Objects with sorted keys and without undefined values, dates as ISO strings: equal content, equal text. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}
const sameEntry = (a: ContentEntry, b: ContentEntry) =>
  JSON.stringify(canonical(storedForm(a))) === JSON.stringify(canonical(storedForm(b)));

async function indexedIds(db: DbOrTx, type: ContentType): Promise<string[]> {
  const rows = await db
    .select({ id: contentItems.id })
    .from(contentItems)
    .where(eq(contentItems.type, type.key));
  return rows.map((r) => r.id);
}

/** Compares the index with a fresh projection of every item of the type; changes nothing. */
export async function checkContentType(db: DbOrTx, type: ContentType): Promise<IndexDrift> {
  const sourceIds = [...new Set(await type.allIds(db))].sort();
  const drift: IndexDrift = { type: type.key, missing: [], differing: [], orphaned: [], checked: 0 };
  for (let i = 0; i < sourceIds.length; i += batchSize) {
    const batch = sourceIds.slice(i, i + batchSize);
    const [projected, stored] = await readTogether(db, [
      () => type.project(db, batch),
      () =>
        db
          .select(entryColumns)
          .from(contentItems)
          .where(and(eq(contentItems.type, type.key), inArray(contentItems.id, batch))),
    ]);
    const storedById = new Map(stored.map((row) => [row.id, row as ContentEntry]));
    for (const entry of projected) {
      const row = storedById.get(entry.id);
      if (!row) drift.missing.push(entry.id);
      else if (!sameEntry(entry, row)) drift.differing.push(entry.id);
      storedById.delete(entry.id);
    }
    // Rows of ids the sources list but that project to nothing (e.g. not of this type) should not be indexed.
    drift.orphaned.push(...storedById.keys());
    drift.checked += batch.length;
  }
  const known = new Set(sourceIds);
  drift.orphaned.push(...(await indexedIds(db, type)).filter((id) => !known.has(id)));
  return drift;
}

/** Rebuilds the index rows of one type from its sources and records the projection version. */
export async function rebuildContentType(db: DbOrTx, type: ContentType): Promise<number> {
  const sourceIds = [...new Set(await type.allIds(db))];
  const known = new Set(sourceIds);
  const orphaned = (await indexedIds(db, type)).filter((id) => !known.has(id));
  await syncContent(db, type, [...sourceIds, ...orphaned]);
  await db
    .insert(contentIndexVersions)
    .values({ type: type.key, version: indexVersion(type) })
    .onConflictDoUpdate({
      target: contentIndexVersions.type,
      set: { version: indexVersion(type), indexedAt: sql`now()` },
    });
  return sourceIds.length;
}

/**
 * At start: rebuilds the types that were never indexed or whose projection version changed (the
 * backfill of a new type or a changed projection), one instance at a time.
 */
export async function ensureContentIndex(
  db: DbOrTx,
  types: readonly ContentType[],
): Promise<{ type: string; items: number }[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(727275)`);
    const versions = new Map(
      (await tx.select().from(contentIndexVersions)).map((row) => [row.type, row.version]),
    );
    const rebuilt: { type: string; items: number }[] = [];
    for (const type of types) {
      if (versions.get(type.key) === indexVersion(type)) continue;
      rebuilt.push({ type: type.key, items: await rebuildContentType(tx, type) });
    }
    return rebuilt;
  });
}
