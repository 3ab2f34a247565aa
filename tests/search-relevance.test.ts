import { describe, expect, it } from 'vitest';
import { searchContent } from '~/modules/search/search-content.server';
import { anonymousSubject } from '~/permissions/resolver';
import type { Db } from '~/platform/db.server';
import { testStores, useTestPlatform } from './platform';
import { loadSampleContent } from './search-relevance/load-sample';
import { arabicQueries, englishQueries, type RelevanceQuery } from './search-relevance/queries';

/** Recall@10 over every expected item, and the mean reciprocal rank of each query's first expected item. */
async function evaluate(db: Db, queries: RelevanceQuery[], locale: 'ar' | 'en') {
  let expected = 0;
  let found = 0;
  let reciprocal = 0;
  const misses: string[] = [];
  for (const query of queries) {
    const result = await searchContent({ db, subject: anonymousSubject, q: query.q, locale, limit: 10 });
    const ids = result.hits.map((h) => h.id);
    const missing = query.expect.filter((id) => !ids.includes(id));
    expected += query.expect.length;
    found += query.expect.length - missing.length;
    const first = ids.findIndex((id) => query.expect.includes(id));
    reciprocal += first < 0 ? 0 : 1 / (first + 1);
    if (missing.length)
      misses.push(`${query.q} (${query.covers}): missing ${missing.join(', ')}; got ${ids.join(', ')}`);
  }
  return { recall: found / expected, mrr: reciprocal / queries.length, misses };
}

for (const store of testStores) {
  describe(`search relevance (${store})`, () => {
    // The sample items have no source rows, so the index-vs-sources check does not apply here.
    const platform = useTestPlatform(store, { checkContentIndex: false });
    const db = () => platform().database.db as Db;

    it('has at least 60 Arabic and 20 English queries', () => {
      expect(arabicQueries.length).toBeGreaterThanOrEqual(60);
      expect(englishQueries.length).toBeGreaterThanOrEqual(20);
    });

    it('finds the expected items in the first ten (recall@10 ≥ 0.9), Arabic and English', async () => {
      await loadSampleContent(db());
      const arabic = await evaluate(db(), arabicQueries, 'ar');
      const english = await evaluate(db(), englishQueries, 'en');
      console.info(
        `search relevance (${store}): Arabic recall@10 ${arabic.recall.toFixed(3)} MRR ${arabic.mrr.toFixed(3)} (${arabicQueries.length} queries); ` +
          `English recall@10 ${english.recall.toFixed(3)} MRR ${english.mrr.toFixed(3)} (${englishQueries.length} queries)`,
      );
      if (arabic.misses.length || english.misses.length)
        console.info([...arabic.misses, ...english.misses].join('\n'));
      expect(arabic.recall, arabic.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
      expect(english.recall, english.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    });
  });
}
