import fs from 'node:fs';
import path from 'node:path';
import { searchVocabulary } from '#db/schema/search';
import type { DbOrTx } from '~/platform/db.server';

interface VocabularyFile {
  entries: { key: string; ar: string[]; en: string[]; objectives: number[]; principles: string[] }[];
}

/** The vocabulary entries of data/reference/search-vocabulary.json. */
export function vocabularyRows(): VocabularyFile['entries'] {
  const file = JSON.parse(
    fs.readFileSync(path.resolve(process.cwd(), 'data/reference/search-vocabulary.json'), 'utf8'),
  ) as VocabularyFile;
  return file.entries;
}

/**
 * Adds the entries the database does not have yet; an entry a secretariat edited keeps its edit.
 * One small insert, run on every start with the reference seed.
 */
export async function seedSearchVocabulary(db: DbOrTx): Promise<void> {
  await db.insert(searchVocabulary).values(vocabularyRows()).onConflictDoNothing();
}
