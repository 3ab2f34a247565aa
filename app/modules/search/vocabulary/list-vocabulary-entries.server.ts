import { and, asc, eq, isNull } from 'drizzle-orm';
import { searchVocabulary } from '#db/schema/search';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

export interface VocabularyEntryRecord {
  key: string;
  ar: string[];
  en: string[];
  objectives: number[];
  principles: string[];
  version: number;
  updatedAt: string;
}

const columns = {
  key: searchVocabulary.key,
  ar: searchVocabulary.ar,
  en: searchVocabulary.en,
  objectives: searchVocabulary.objectives,
  principles: searchVocabulary.principles,
  version: searchVocabulary.version,
  updatedAt: searchVocabulary.updatedAt,
};

const present = (
  row: { updatedAt: Date } & Omit<VocabularyEntryRecord, 'updatedAt'>,
): VocabularyEntryRecord => ({
  ...row,
  updatedAt: row.updatedAt.toISOString(),
});

/** The vocabulary as search reads it (removed entries left out), by key, for the secretariat's page. */
export async function listVocabularyEntries(options: { db?: DbOrTx } = {}): Promise<VocabularyEntryRecord[]> {
  const { db = getDb() } = options;
  const rows = await db
    .select(columns)
    .from(searchVocabulary)
    .where(isNull(searchVocabulary.removedAt))
    .orderBy(asc(searchVocabulary.key));
  return rows.map(present);
}

/** One entry search reads, or null (unknown or removed). */
export async function getVocabularyEntry(options: {
  db?: DbOrTx;
  key: string;
}): Promise<VocabularyEntryRecord | null> {
  const { db = getDb(), key } = options;
  const [row] = await db
    .select(columns)
    .from(searchVocabulary)
    .where(and(eq(searchVocabulary.key, key), isNull(searchVocabulary.removedAt)))
    .limit(1);
  return row ? present(row) : null;
}
