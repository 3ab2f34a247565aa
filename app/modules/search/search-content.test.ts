import { describe, expect, it } from 'vitest';
import type { ContentEntry } from '~/modules/content/content-type';
import { writeEntries } from '~/modules/content/sync-content.server';
import { userKey } from '~/permissions/access-keys';
import { anonymousSubject, type Subject } from '~/permissions/resolver';
import type { Db } from '~/platform/db.server';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { sampleItems } from '../../../tests/search-relevance/corpus';
import { loadSampleContent, sampleEntry } from '../../../tests/search-relevance/load-sample';
import { searchContent } from './search-content.server';

const reader: Subject = { userId: '00000000-0000-4000-8000-000000000001', grants: [] };
const stranger: Subject = { userId: '00000000-0000-4000-8000-000000000002', grants: [] };
const pledgeType = { key: 'pledge' as const, version: 1, project: async () => [], allIds: async () => [] };

/** A pledge about saffron growers, open only to `reader` (or to every signed-in user). */
const hidden = (id: string, visibility: ContentEntry['visibility']): ContentEntry => ({
  ...sampleEntry({
    id,
    type: 'pledge',
    lang: 'ar',
    objectives: [6],
    title: 'مزارعو الزعفران المهاجرون',
    summary: 'دعم مزارعي الزعفران',
  }),
  visibility,
  readers: visibility === 'restricted' ? [userKey(reader.userId!)] : [],
});

for (const store of testStores) {
  describe(`search (${store})`, () => {
    // Sample items have no source rows: the index-vs-sources check does not apply.
    const platform = useTestPlatform(store, { checkContentIndex: false });
    const db = () => platform().database.db as Db;
    const search = (q: string, options: Partial<Parameters<typeof searchContent>[0]> = {}) =>
      searchContent({ db: db(), subject: anonymousSubject, q, locale: 'ar', ...options });

    it('answers any input with results or an empty state, never an error', async () => {
      await loadSampleContent(db());
      await writeEntries(db(), pledgeType, [hidden('r1', 'restricted'), hidden('s1', 'signed_in')]);
      const inputs = [
        '😀🔥',
        '\u200f\u200eالمهاجرين\u200f',
        "'; drop table content_items; --",
        "a' | b & !c:* <-> (",
        '\\',
        'ً',
        'ـــ',
        'من في على',
        'the of and',
        'الهجرة '.repeat(1700),
        'x'.repeat(10_000),
        '   ',
        '\u0000\u0001',
      ];
      for (const q of inputs) {
        const result = await search(q);
        expect(Array.isArray(result.hits), q.slice(0, 20)).toBe(true);
      }
      expect((await search('\u200fالمهاجرين')).hits.length).toBeGreaterThan(0);
      expect((await search('من في على')).onlyStopWords).toBe(true);
      expect((await search('من في على')).hits).toEqual([]);
      expect((await search('الهجرة '.repeat(1700))).hits.length).toBeGreaterThan(0);
    });

    it('finds what the reader may open, marks what is not public, and nothing else', async () => {
      const ids = async (subject: Subject) =>
        (await search('الزعفران', { subject })).hits.map((h) => `${h.id}:${h.visibility}`).sort();
      expect(await ids(anonymousSubject)).toEqual([]);
      expect(await ids(stranger)).toEqual(['s1:signed_in']);
      expect(await ids(reader)).toEqual(['r1:restricted', 's1:signed_in']);
    });

    it('never corrects a typo towards a word only non-public content holds', async () => {
      const result = await search('الزعفرن');
      expect(result.corrections).toEqual([]);
      expect(result.hits).toEqual([]);
      const known = await search('الاتجار بالبشرر');
      expect(known.corrections.map((c) => c.word)).toEqual(['بالبشرر']);
      expect(known.hits.map((h) => h.id)).toContain('a07');
    });

    it('counts facets over every match and narrows by each filter', async () => {
      const all = await search('المهاجرين');
      const byType = Object.values(all.facets.type).reduce((a, b) => a + b, 0);
      expect(byType).toBe(all.total);
      // "migrants" is in the vocabulary: English items match too. An item in both languages counts
      // under each (the platform's own bilingual records, e.g. the indicator catalogue).
      expect(all.facets.language.en).toBeGreaterThan(0);
      for (const lang of ['ar', 'en'] as const)
        expect((await search('المهاجرين', { filters: { lang } })).total).toBe(all.facets.language[lang]);
      const pledges = await search('المهاجرين', { filters: { type: 'pledge' } });
      expect(pledges.total).toBe(all.facets.type.pledge);
      expect(pledges.hits.every((h) => h.type === 'pledge')).toBe(true);
      const objective = await search('المهاجرين', { filters: { objective: 15 } });
      expect(objective.total).toBe(all.facets.objective['15']);
      expect((await search('المهاجرين', { filters: { lang: 'en' } })).total).toBe(all.facets.language.en);
    });

    it('pages through the ranked results without repeating an item', async () => {
      const first = await search('المهاجرين', { limit: 4 });
      const second = await search('المهاجرين', { limit: 4, offset: 4 });
      expect(first.hits).toHaveLength(4);
      expect(second.total).toBe(first.total);
      const seen = new Set([...first.hits, ...second.hits].map((h) => h.id));
      expect(seen.size).toBe(first.hits.length + second.hits.length);
    });

    it('says what else it searched across languages, and marks the matches', async () => {
      const result = await search('remittances', { locale: 'en' });
      expect(result.expansions.map((e) => e.key)).toEqual(['remittances']);
      expect(result.expansions[0]!.objectives).toEqual([20]);
      const arabic = result.hits.find((h) => h.id === 'a02')!;
      expect(arabic.language).toBe('ar');
      expect(arabic.titleMarked.filter((r) => r.hit).map((r) => r.text)).toEqual(
        expect.arrayContaining(['التحويلات', 'المالية']),
      );
      const english = result.hits.find((h) => h.id === 'e01')!;
      expect(english.titleMarked.filter((r) => r.hit).map((r) => r.text)).toEqual(['remittances']);
    });

    it('browses the newest items when there is no query', async () => {
      const result = await search('', { filters: { objective: 20 } });
      // The sample corpus's items on objective 20 (the platform's own seeded records may join them).
      const sampleIds = new Set(sampleItems.map((i) => i.id));
      expect(
        result.hits
          .map((h) => h.id)
          .filter((id) => sampleIds.has(id))
          .sort(),
      ).toEqual(
        sampleItems
          .filter((i) => i.objectives.includes(20))
          .map((i) => i.id)
          .sort(),
      );
    });
  });
}
