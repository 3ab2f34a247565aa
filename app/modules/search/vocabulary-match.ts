import { phraseGroups, type QueryWord, type StemGroup } from './search-query';

/** One entry of the bilingual GCM vocabulary (db/schema/search.ts). */
export interface VocabularyEntry {
  key: string;
  ar: string[];
  en: string[];
  objectives: number[];
  principles: string[];
}

/** A vocabulary entry named by the query words [from, to). */
export interface VocabularyMatch {
  entry: VocabularyEntry;
  from: number;
  to: number;
  /** The language of the term the query named. */
  language: 'ar' | 'en';
}

const meets = (a: StemGroup, b: StemGroup) => a.some((s) => b.includes(s));

/**
 * The entries the query names: a term matches where each of its words shares a stem with the query
 * word at the same place (so "التحويلات المالية" and "للتحويلات المالية" both name remittances).
 * Longer matches win; matches never overlap.
 */
export function matchVocabulary(
  words: readonly QueryWord[],
  entries: readonly VocabularyEntry[],
): VocabularyMatch[] {
  const candidates: VocabularyMatch[] = [];
  for (const entry of entries) {
    for (const language of ['ar', 'en'] as const) {
      for (const term of entry[language]) {
        const groups = phraseGroups(term);
        if (!groups.length) continue;
        for (let from = 0; from + groups.length <= words.length; from++) {
          if (groups.every((g, j) => meets(g, words[from + j]!.stems))) {
            candidates.push({ entry, from, to: from + groups.length, language });
          }
        }
      }
    }
  }
  candidates.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const taken = new Set<number>();
  const chosen: VocabularyMatch[] = [];
  for (const c of candidates) {
    const places = Array.from({ length: c.to - c.from }, (_, i) => c.from + i);
    if (places.some((p) => taken.has(p))) continue;
    for (const p of places) taken.add(p);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.from - b.from);
}
