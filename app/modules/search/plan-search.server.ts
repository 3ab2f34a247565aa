import { asc, isNull, type SQL, sql } from 'drizzle-orm';
import { contentItems } from '#db/schema/content';
import { searchTerms, searchVocabulary } from '#db/schema/search';
import { type DbOrTx, writesFinished } from '~/platform/db.server';
import { memoisedRead } from '~/platform/memoised-read';
import { andOfGroups, type ParsedQuery, parseQuery, phraseGroups, type StemGroup } from './search-query';
import { matchVocabulary, type VocabularyEntry, type VocabularyMatch } from './vocabulary-match';

/**
 * How a query is matched against the content index: its words as stem groups, widened by the GCM
 * vocabulary (the terms of the other language, and content tagged with the objectives and
 * principles the words name) and, for short queries, by the nearest known stems of words found
 * nowhere (typos). Shared by the search page, the API, suggestions and the pledge registry.
 */
export interface SearchPlan {
  parsed: ParsedQuery;
  /** The condition on content_items; null when the query has no searchable word. */
  match: SQL | null;
  /** The tsquery ranking uses (every place of the query, with its alternatives). */
  rankQuery: string | null;
  /** Stems to highlight in snippets. */
  highlight: Set<string>;
  /** Vocabulary entries the query named ("also searched: …"). */
  expansions: {
    key: string;
    named: 'ar' | 'en';
    ar: string[];
    en: string[];
    objectives: number[];
    principles: string[];
  }[];
  /** Words found nowhere, and the known words searched instead. */
  corrections: { word: string; terms: string[] }[];
}

/** Queries of at most this many words get typo tolerance (longer ones have enough words to match). */
const typoMaxWords = 3;
const typoMinSimilarity = 0.4;
const typoAlternatives = 3;

/** The vocabulary as it is now in the table. */
export async function loadVocabulary(db: DbOrTx): Promise<VocabularyEntry[]> {
  return db
    .select({
      key: searchVocabulary.key,
      ar: searchVocabulary.ar,
      en: searchVocabulary.en,
      objectives: searchVocabulary.objectives,
      principles: searchVocabulary.principles,
    })
    .from(searchVocabulary)
    .where(isNull(searchVocabulary.removedAt))
    .orderBy(asc(searchVocabulary.key));
}

/**
 * The vocabulary every query reads, kept in memory per database: read again at once after any write
 * of this process (a secretariat's edit applies to the next search), and within `vocabularyTtlMs`
 * after a write by another instance on the same PostgreSQL, as the change stamp is (memoisedRead).
 * It was one query of every search.
 */
const vocabularyTtlMs = 1000;
const vocabularies = new WeakMap<object, () => Promise<VocabularyEntry[]>>();
function currentVocabulary(db: DbOrTx): Promise<VocabularyEntry[]> {
  let read = vocabularies.get(db);
  if (!read) {
    read = memoisedRead(() => loadVocabulary(db), { ttlMs: vocabularyTtlMs, writes: writesFinished });
    vocabularies.set(db, read);
  }
  return read();
}

/** Which of these stems some public text holds. */
async function knownTerms(db: DbOrTx, stems: readonly string[]): Promise<Set<string>> {
  if (!stems.length) return new Set();
  const result = await db.execute<{ term: string }>(
    sql`select term from ${searchTerms} where term = any(${sql.param([...stems])}::text[])`,
  );
  return new Set(result.rows.map((r) => r.term));
}

/** The stems public texts hold that are nearest to these (trigram similarity), best first. */
async function nearestTerms(db: DbOrTx, stems: readonly string[]): Promise<string[]> {
  const candidates = stems.filter((s) => s.length >= 3);
  if (!candidates.length) return [];
  const result = await db.execute<{ term: string }>(sql`
    select term from (
      select distinct on (t.term) t.term, t.similarity from unnest(${sql.param(candidates)}::text[]) as q(stem)
      cross join lateral (
        select term, similarity(term, q.stem) as similarity from ${searchTerms}
        where term % q.stem order by similarity(term, q.stem) desc, term limit ${typoAlternatives}) t
      order by t.term, t.similarity desc) n
    where similarity >= ${typoMinSimilarity} order by similarity desc, term limit ${typoAlternatives}`);
  return result.rows.map((r) => r.term);
}

const vector = contentItems.searchVector;
const tsq = (text: string) => sql`${text}::tsquery`;

/** A query read against the vocabulary, before its typos are looked for. */
export interface SearchDraft {
  parsed: ParsedQuery;
  prefix: boolean;
  groups: StemGroup[];
  matches: VocabularyMatch[];
  /** The words whose stems must be known to some public text, else they are typos (their places). */
  checked: number[];
}

export async function draftSearch(options: {
  db: DbOrTx;
  q: string;
  prefix?: boolean;
}): Promise<SearchDraft> {
  const { db, prefix = false } = options;
  const parsed = parseQuery(options.q);
  const groups: StemGroup[] = parsed.words.map((w) => w.stems);
  const matches = prefix || !groups.length ? [] : matchVocabulary(parsed.words, await currentVocabulary(db));
  const covered = new Set(
    matches.flatMap((m) => Array.from({ length: m.to - m.from }, (_, i) => m.from + i)),
  );
  // Typos: in a short query, a word no vocabulary term covers.
  const checked =
    !prefix && groups.length <= typoMaxWords ? groups.flatMap((_, i) => (covered.has(i) ? [] : [i])) : [];
  return { parsed, prefix, groups, matches, checked };
}

/** The stems whose presence decides whether a draft's words are typos (see `correctTypos`). */
export const stemsToCheck = (draft: SearchDraft): string[] => draft.checked.flatMap((i) => draft.groups[i]!);

/** Whether some checked word of the draft has no stem any public text holds. */
export const hasUnknownWord = (draft: SearchDraft, known: ReadonlySet<string>): boolean =>
  draft.checked.some((i) => !draft.groups[i]!.some((s) => known.has(s)));

/** A typo: the place of the word in the query, the word, the known stems searched instead. */
export interface TypoCorrection {
  place: number;
  word: string;
  terms: string[];
}

/** The nearest known stems of each checked word none of whose readings any public text holds. */
export async function correctTypos(
  db: DbOrTx,
  draft: SearchDraft,
  known: ReadonlySet<string>,
): Promise<TypoCorrection[]> {
  const corrections: TypoCorrection[] = [];
  for (const place of draft.checked) {
    const g = draft.groups[place]!;
    if (g.some((s) => known.has(s))) continue;
    const terms = await nearestTerms(db, g);
    if (terms.length) corrections.push({ place, word: draft.parsed.words[place]!.text, terms });
  }
  return corrections;
}

/** The plan of a draft, its typos widened by their corrections. Pure. */
export function composePlan(draft: SearchDraft, corrections: readonly TypoCorrection[]): SearchPlan {
  const { parsed, prefix, groups, matches } = draft;
  if (!groups.length) {
    return { parsed, match: null, rankQuery: null, highlight: new Set(), expansions: [], corrections: [] };
  }
  const widened = groups.map((g) => [...g]);
  for (const c of corrections) widened[c.place]!.push(...c.terms);

  // Places of the query: a vocabulary match is one place (its words, or any of its terms, or its tags).
  const segments: { query: string; objectives: number[]; principles: string[] }[] = [];
  const highlight = new Set(widened.flat());
  for (let i = 0; i < groups.length; ) {
    const m = matches.find((x) => x.from === i);
    if (!m) {
      segments.push({
        query: andOfGroups([widened[i]!], { prefixLast: prefix && i === groups.length - 1 }),
        objectives: [],
        principles: [],
      });
      i++;
      continue;
    }
    const alternatives = [andOfGroups(widened.slice(m.from, m.to))];
    for (const term of [...m.entry.ar, ...m.entry.en]) {
      const termGroups = phraseGroups(term);
      if (!termGroups.length) continue;
      alternatives.push(andOfGroups(termGroups));
      for (const g of termGroups) for (const s of g) highlight.add(s);
    }
    segments.push({
      query: [...new Set(alternatives)].map((a) => `(${a})`).join(' | '),
      objectives: m.entry.objectives,
      principles: m.entry.principles,
    });
    i = m.to;
  }

  const rankQuery = segments.map((s) => `(${s.query})`).join(' & ');
  const tagged = segments.some((s) => s.objectives.length || s.principles.length);
  const match = !tagged
    ? sql`${vector} @@ ${tsq(rankQuery)}`
    : sql.join(
        segments.map((s) => {
          const parts = [sql`${vector} @@ ${tsq(s.query)}`];
          if (s.objectives.length) {
            parts.push(sql`${contentItems.objectives} && ${sql.param(s.objectives)}::integer[]`);
          }
          if (s.principles.length) {
            parts.push(sql`${contentItems.principles} && ${sql.param(s.principles)}::text[]`);
          }
          return sql`(${sql.join(parts, sql` or `)})`;
        }),
        sql` and `,
      );

  return {
    parsed,
    match,
    rankQuery,
    highlight,
    expansions: matches.map((m) => ({
      key: m.entry.key,
      named: m.language,
      ar: m.entry.ar,
      en: m.entry.en,
      objectives: m.entry.objectives,
      principles: m.entry.principles,
    })),
    corrections: corrections.map(({ word, terms }) => ({ word, terms })),
  };
}

/**
 * The plan of a query: its draft, the known stems of its checked words (one query, when there are
 * any), their corrections. The search itself does the check inside its one statement instead
 * (searchContent).
 */
export async function planSearch(options: { db: DbOrTx; q: string; prefix?: boolean }): Promise<SearchPlan> {
  const draft = await draftSearch(options);
  const stems = stemsToCheck(draft);
  if (!stems.length) return composePlan(draft, []);
  const known = await knownTerms(options.db, stems);
  return composePlan(draft, hasUnknownWord(draft, known) ? await correctTypos(options.db, draft, known) : []);
}
