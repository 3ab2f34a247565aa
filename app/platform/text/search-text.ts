import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stopwords as arabicStopwordList } from '@orama/stopwords/arabic';
import { stopwords as englishStopwordList } from '@orama/stopwords/english';
import { foldArabic } from './arabic-fold';
import { arabicStemVariants } from './arabic-stem';

/**
 * The one text analyser of search: the content index builds its tsvector with it and queries are
 * read with it, so both sides agree on every word. A word is folded (the Arabic fold, lower case,
 * Latin accents dropped), dropped if it is a stop word, then stemmed: Arabic by the light stemmer
 * (several readings when a leading letter may be a clitic), English by Porter (@orama/stemmers),
 * digits kept. The stems go into PostgreSQL as tsvector/tsquery literals, so no text-search
 * configuration or server locale takes part.
 */

/** Bump when the analysis changes: the content index is rebuilt at the next start. */
export const searchAnalysisVersion = 1;

const arabicLetter = /[\u0600-\u06FF\u0750-\u077F]/;
const latinLetter = /\p{Script=Latin}/u;
const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;
const marks = /\p{M}/gu;
const hamzaSeats = /[ؤئ]/g;
/** Longer "words" are noise (hashes, pasted data): cut, so a lexeme stays well under PostgreSQL's limit. */
const maxWordLength = 40;

/**
 * Words of the orama list that name things in GCM texts (إعادة الإدماج, الإطار, عامة, قوة, زيارة,
 * اليوم الدولي, للأمم المتحدة, عدد, عدم …): kept searchable. The rest of the list is function words.
 */
const arabicContentWords = new Set(
  [
    'اعادة',
    'اطار',
    'عام',
    'عاما',
    'عامة',
    'قوة',
    'زيارة',
    'سنة',
    'سنوات',
    'اليوم',
    'يوم',
    'ايام',
    'الوقت',
    'مليون',
    'مليار',
    'نهاية',
    'عدم',
    'عدد',
    'عدة',
    'للامم',
    'لوكالة',
    'برس',
    'مايو',
    'ايار',
    'صفر',
    'شخصا',
    'عين',
    'ضد',
    'صباح',
    'مساء',
    'اربعة',
    'ثلاثة',
    'عشرة',
    'عشر',
    'واحد',
    'الاول',
    'الاولى',
    'الثاني',
    'الثانية',
    'السابق',
    'المقبل',
    'الماضي',
    'الاخيرة',
    'الذاتي',
    'اعلنت',
    'جميع',
    'حاليا',
    'بشكل',
    'تجاه',
    'ضمن',
    'خلال',
    'باسم',
    'اخرى',
    'نفس',
    'قوة',
  ].map((w) => foldArabic(w)),
);
const arabicStopwords = new Set(
  arabicStopwordList.map((w) => foldArabic(w)).filter((w) => !arabicContentWords.has(w)),
);
const englishStopwords = new Set(englishStopwordList);

/** A word of a text, where it stands (UTF-16 offsets), and the stems it may stand for ([] for a stop word). */
export interface AnalysedWord {
  start: number;
  end: number;
  stems: readonly string[];
}

/**
 * The folded form of one word: Arabic fold, lower case, Latin accents and every other mark dropped,
 * and for search only the hamza seats ؤ ئ read as ء (مسؤولية and مسئولية, شؤون and شئون are one
 * word spelled two ways; the shared fold keeps them apart because elsewhere they distinguish words).
 */
export function foldWord(word: string): string {
  // Seats first: NFD would split them into و / ي and a mark.
  return foldArabic(word.toLowerCase())
    .replace(hamzaSeats, 'ء')
    .normalize('NFD')
    .replace(marks, '')
    .normalize('NFC');
}

export const isArabicWord = (word: string) => arabicLetter.test(word);

/**
 * Words seen lately and their stems: texts repeat their vocabulary, so an import of thousands of
 * items analyses each distinct word once. Bounded: emptied when full.
 */
const stemCache = new Map<string, readonly string[]>();
const stemCacheSize = 50_000;

/** The stems of one word as it appears in a text or a query; [] when it is a stop word or empty. */
export function stemsOf(word: string): readonly string[] {
  let stems = stemCache.get(word);
  if (!stems) {
    if (stemCache.size >= stemCacheSize) stemCache.clear();
    stems = Object.freeze(analyseWord(word));
    stemCache.set(word, stems);
  }
  return stems;
}

function analyseWord(word: string): string[] {
  const folded = foldWord(word).slice(0, maxWordLength);
  if (!folded) return [];
  if (isArabicWord(folded)) {
    if (arabicStopwords.has(folded)) return [];
    // و / ف before a stop word (وفي، ولكن) is still a stop word.
    if ('وف'.includes(folded[0]!) && arabicStopwords.has(folded.slice(1))) return [];
    return arabicStemVariants(folded);
  }
  if (latinLetter.test(folded)) {
    if (englishStopwords.has(folded)) return [];
    return [stemEnglish(folded)];
  }
  return [folded];
}

/** Every word of a text with its stems, in order. */
export function analyse(text: string): AnalysedWord[] {
  const out: AnalysedWord[] = [];
  for (const match of text.matchAll(wordPattern)) {
    out.push({ start: match.index, end: match.index + match[0].length, stems: stemsOf(match[0]) });
  }
  return out;
}

/** A lexeme quoted for a tsvector or tsquery literal. */
export const quoteLexeme = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

export type SearchWeight = 'A' | 'B' | 'C' | 'D';

/** PostgreSQL keeps positions up to 16383 and 256 positions per lexeme; later ones add nothing. */
const maxPosition = 16383;
const maxPositionsPerLexeme = 256;
/** Text beyond this many characters per field is not indexed (a long body still matches on its start). */
const maxIndexedChars = 100_000;

/**
 * The tsvector literal of weighted texts (title A, summary B, body C), positions counted across
 * them: every stem of every word at the word's position.
 */
export function tsvectorLiteral(parts: readonly { text: string; weight: SearchWeight }[]): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const part of parts) {
    for (const word of analyse(part.text.slice(0, maxIndexedChars))) {
      if (!word.stems.length) continue;
      position = Math.min(position + 1, maxPosition);
      for (const stem of word.stems) {
        const list = positions.get(stem) ?? [];
        if (list.length < maxPositionsPerLexeme) list.push(`${position}${part.weight}`);
        positions.set(stem, list);
      }
    }
  }
  return [...positions].map(([stem, list]) => `${quoteLexeme(stem)}:${list.join(',')}`).join(' ');
}
