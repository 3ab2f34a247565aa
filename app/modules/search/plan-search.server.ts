import { asc, isNull, type SQL, sql } from 'drizzle-orm';
import { contentItems } from '#db/schema/content';
import { searchTerms, searchVocabulary } from '#db/schema/search';
import type { DbOrTx } from '~/platform/db.server';
import { andOfGroups, type ParsedQuery, parseQuery, phraseGroups, type StemGroup } from './search-query';
import { matchVocabulary, type VocabularyEntry } from './vocabulary-match';

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

/** The vocabulary as it is now (read on every query, so a secretariat's edit applies at once). */
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

export async function planSearch(options: {
  db: DbOrTx;
  q: string;
  /** Suggestions: the last word is a prefix being typed. */
  prefix?: boolean;
}): Promise<SearchPlan> {
  const { db, prefix = false } = options;
  const parsed = parseQuery(options.q);
  const empty: SearchPlan = {
    parsed,
    match: null,
    rankQuery: null,
    highlight: new Set(),
    expansions: [],
    corrections: [],
  };
  if (!parsed.words.length) return empty;

  const groups: StemGroup[] = parsed.words.map((w) => w.stems);
  const matches = prefix ? [] : matchVocabulary(parsed.words, await loadVocabulary(db));
  const covered = new Set(
    matches.flatMap((m) => Array.from({ length: m.to - m.from }, (_, i) => m.from + i)),
  );

  // Typos: in a short query, a word whose stems no public text holds also searches its nearest stems.
  const corrections: SearchPlan['corrections'] = [];
  const widened = groups.map((g) => [...g]);
  if (!prefix && groups.length <= typoMaxWords) {
    const known = await knownTerms(db, groups.flat());
    for (const [i, g] of groups.entries()) {
      // Only a word none of whose readings any public text holds is corrected.
      if (covered.has(i) || g.some((s) => known.has(s))) continue;
      const found = await nearestTerms(db, g);
      if (!found.length) continue;
      widened[i]!.push(...found);
      corrections.push({ word: parsed.words[i]!.text, terms: found });
    }
  }

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
    corrections,
  };
}
