import { analyse, quoteLexeme, stemsOf } from '~/platform/text/search-text';
import { maxQueryChars } from './search-params';

/**
 * A query as search reads it: its words (stop words out), each the set of stems it may stand for,
 * and the pieces of the tsquery built from them. Pure, so the rules are tested without a database.
 */

/** Words of a query matched; more only narrow the result to nothing. */
export const maxQueryWords = 12;

export interface QueryWord {
  /** The word as typed. */
  text: string;
  /** The stems it may stand for (all are searched). */
  stems: readonly string[];
}

export interface ParsedQuery {
  words: QueryWord[];
  /** The query had words, but all were stop words (من، في، the, of …). */
  onlyStopWords: boolean;
}

export function parseQuery(q: string): ParsedQuery {
  const text = q.slice(0, maxQueryChars);
  const all = analyse(text);
  const words = all
    .filter((w) => w.stems.length)
    .slice(0, maxQueryWords)
    .map((w) => ({ text: text.slice(w.start, w.end), stems: w.stems }));
  return { words, onlyStopWords: all.length > 0 && words.length === 0 };
}

/** One place of a query: the stems any of which may match there. */
export type StemGroup = readonly string[];

/** tsquery text of stem groups: OR inside a group, AND between groups. */
export function andOfGroups(groups: readonly StemGroup[], options: { prefixLast?: boolean } = {}): string {
  return groups
    .map((group, i) => {
      const suffix = options.prefixLast && i === groups.length - 1 ? ':*' : '';
      const alternatives = [...new Set(group)].map((s) => `${quoteLexeme(s)}${suffix}`);
      return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' | ')})`;
    })
    .join(' & ');
}

/**
 * The stem groups of a phrase (a vocabulary term): one group per word that is not a stop word.
 * Every query reads every vocabulary term, so the analysis of each is kept (pure, and a few
 * hundred terms; the memo starts over if edits ever grow it past `phraseMemoSize`).
 */
export function phraseGroups(phrase: string): readonly StemGroup[] {
  let groups = phraseMemo.get(phrase);
  if (!groups) {
    if (phraseMemo.size >= phraseMemoSize) phraseMemo.clear();
    groups = analyse(phrase)
      .map((w) => w.stems)
      .filter((stems) => stems.length);
    phraseMemo.set(phrase, groups);
  }
  return groups;
}
const phraseMemoSize = 5000;
const phraseMemo = new Map<string, readonly StemGroup[]>();

/** Stems of any of these words (for highlighting what was searched). */
export const stemsOfWords = (words: readonly string[]) => words.flatMap(stemsOf);
