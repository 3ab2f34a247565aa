/**
 * `npx tsx bench/search-stemmers.ts`: the Arabic stemmer choice (docs/decisions.md "Arabic light
 * stemming"), measured on the relevance set's Arabic queries (tests/search-relevance/). For each
 * stemmer, a query matches an item when every query word (stop words out) has a stem among the
 * item's stems — the matching step alone, without the vocabulary or typo tolerance, so the figure
 * is the stemmer's. Recall: expected items matched; "matched" is how many items the queries match
 * in all (a rough precision check: a stemmer that merges everything matches everything).
 *   - own: app/platform/text/arabic-stem.ts (light10-style, both readings of a leading clitic)
 *   - orama: @orama/stemmers/arabic after the same fold
 *   - postgres: PostgreSQL's `arabic` configuration (to_tsvector / plainto_tsquery) in PGlite
 */
import { stemmer as oramaArabic } from '@orama/stemmers/arabic';
import { sql } from 'drizzle-orm';
import { openPglite } from '~/platform/db.server';
import { arabicStemVariants } from '~/platform/text/arabic-stem';
import { foldWord, isArabicWord, stemsOf } from '~/platform/text/search-text';
import { sampleItems } from '../tests/search-relevance/corpus';
import { arabicQueries } from '../tests/search-relevance/queries';

type Stemmer = (word: string) => readonly string[];
const words = (text: string) => [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => m[0]);
const queries = arabicQueries.filter((q) => q.covers !== 'cross-language' && q.covers !== 'typo');
const items = sampleItems.filter((i) => i.lang === 'ar');

/** Stop words as the app drops them; the stemmer under test stems the rest. */
const withStemmer =
  (stem: (folded: string) => string[]): Stemmer =>
  (word) =>
    stemsOf(word).length === 0 ? [] : isArabicWord(foldWord(word)) ? stem(foldWord(word)) : stemsOf(word);

function measure(name: string, stemmer: Stemmer) {
  const itemStems = new Map(
    items.map((i) => [i.id, new Set(words(`${i.title} ${i.summary}`).flatMap(stemmer))]),
  );
  let expected = 0;
  let found = 0;
  let matched = 0;
  for (const q of queries) {
    const groups = words(q.q)
      .map(stemmer)
      .filter((g) => g.length);
    const hits = items.filter(
      (i) => groups.length && groups.every((g) => g.some((s) => itemStems.get(i.id)!.has(s))),
    );
    matched += hits.length;
    expected += q.expect.filter((id) => id.startsWith('a')).length;
    found += q.expect.filter((id) => hits.some((h) => h.id === id)).length;
  }
  console.log(
    `${name.padEnd(10)} recall ${(found / expected).toFixed(3)} (${found}/${expected})  items matched ${matched}`,
  );
}

async function measurePostgres() {
  const database = await openPglite();
  let expected = 0;
  let found = 0;
  let matched = 0;
  for (const q of queries) {
    const r = await database.db.execute<{ id: string }>(
      sql`select id from json_to_recordset(${JSON.stringify(items.map((i) => ({ id: i.id, text: `${i.title} ${i.summary}` })))}::json) as t(id text, text text)
       where to_tsvector('arabic', text) @@ plainto_tsquery('arabic', ${q.q})`,
    );
    const ids = r.rows.map((x) => x.id);
    matched += ids.length;
    expected += q.expect.filter((id) => id.startsWith('a')).length;
    found += q.expect.filter((id) => ids.includes(id)).length;
  }
  await database.close();
  console.log(
    `${'postgres'.padEnd(10)} recall ${(found / expected).toFixed(3)} (${found}/${expected})  items matched ${matched}`,
  );
}

console.log(`${queries.length} Arabic queries over ${items.length} Arabic items`);
measure('own', withStemmer(arabicStemVariants));
measure(
  'orama',
  withStemmer((w) => [oramaArabic(w)]),
);
measure(
  'fold only',
  withStemmer((w) => [w]),
);
await measurePostgres();
