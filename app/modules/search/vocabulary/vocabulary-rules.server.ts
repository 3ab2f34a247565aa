import { inArray } from 'drizzle-orm';
import { principles as principlesTable } from '#db/schema/reference';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal } from '~/platform/errors';
import { phraseGroups } from '../search-query';
import type { VocabularyEntryInput } from './vocabulary-form';

/**
 * The rules an entry must meet beyond its form: every term holds a word search can match (a term of
 * only common words such as "the" would widen nothing), and its principles exist. Returns the entry
 * with objectives and principles sorted and unique, as stored.
 */
export async function checkVocabularyEntry(
  db: DbOrTx,
  input: VocabularyEntryInput,
): Promise<VocabularyEntryInput> {
  for (const language of ['ar', 'en'] as const) {
    const empty = input[language].find((term) => phraseGroups(term).length === 0);
    if (empty) throw fieldRefusal(language, 'vocabularyTermUnsearchable', { params: { term: empty } });
  }
  const principles = [...new Set(input.principles)].sort();
  if (principles.length) {
    const known = await db
      .select({ key: principlesTable.key })
      .from(principlesTable)
      .where(inArray(principlesTable.key, principles));
    if (known.length !== principles.length) throw fieldRefusal('principles', 'invalidChoice');
  }
  return {
    ar: input.ar,
    en: input.en,
    objectives: [...new Set(input.objectives)].sort((a, b) => a - b),
    principles,
  };
}
