import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contentTypes } from '~/content-types.server';
import { checkContentType } from '~/modules/content/reindex.server';
import { searchContent } from '~/modules/search/search-content.server';
import { anonymousSubject } from '~/permissions/resolver';
import type { Db } from '~/platform/db.server';
import { testStores, useTestPlatform } from '../tests/platform';
import { type ScaleSizes, scaleSteps, seedScale } from './scale';

const sizes: ScaleSizes = {
  organisations: 20,
  pledges: 60,
  reviewCycles: 2,
  resources: 40,
  experts: 12,
  meetings: 9,
};

for (const store of testStores) {
  describe(`seed:scale at a small size (${store})`, () => {
    // The platform's own check after the tests: the index says what the written rows say.
    const platform = useTestPlatform(store);
    const db = () => platform().database.db as Db;

    it('writes rows in every step, indexes them, and refuses a second run', async () => {
      const lines: string[] = [];
      expect(await seedScale({ db: db(), sizes, print: (l) => lines.push(l) })).toBe(true);
      for (const step of scaleSteps) {
        const line = lines.find((l) => l.startsWith(`${step.name}: `));
        expect(line, step.name).toBeDefined();
        expect(Number(/: (\d+) rows/.exec(line!)?.[1]), line).toBeGreaterThan(0);
      }

      const indexed = await db().execute<{ type: string; n: number; public: number }>(sql`
        select type, count(*)::int as n, count(*) filter (where visibility = 'public')::int as public
        from content_items group by type`);
      const byType = Object.fromEntries(indexed.rows.map((r) => [r.type, r]));
      expect(byType.hub_resource?.public).toBe(sizes.resources);
      expect(byType.meeting?.n).toBe(sizes.meetings);
      expect(byType.meeting_session?.n).toBe(sizes.meetings * 3);
      expect(byType.hub_expert?.n).toBe(sizes.experts);
      expect(byType.hub_expert?.public).toBeLessThan(sizes.experts);
      expect(byType.pledge?.n).toBe(sizes.pledges);
      // The pledges' tag copies (written with the rows, the copy triggers skipped) say what their tag rows say.
      const copies = await db().execute<{ differing: number; objectives: number; countries: number }>(sql`
        select count(*) filter (where p.tagged_objectives is distinct from coalesce((select array_agg(t.objective order by t.objective)
                 from objective_tags t where t.entity_type = 'pledge' and t.entity_id = p.id::text), '{}')
               or p.tagged_principles is distinct from coalesce((select array_agg(t.principle order by t.principle collate "C")
                 from principle_tags t where t.entity_type = 'pledge' and t.entity_id = p.id::text), '{}')
               or p.tagged_countries is distinct from coalesce((select array_agg(t.country order by t.country collate "C")
                 from country_tags t where t.entity_type = 'pledge' and t.entity_id = p.id::text), '{}'))::int as differing,
          min(cardinality(p.tagged_objectives))::int as objectives, min(cardinality(p.tagged_countries))::int as countries
        from pledges p where p.external_id like 'scale-%'`);
      expect(copies.rows[0]).toEqual({ differing: 0, objectives: 1, countries: 1 });
      expect(
        (
          await db().execute<{ on: string | null }>(
            sql`select current_setting('marsad.pledge_tag_copies_written', true) as on`,
          )
        ).rows[0]!.on ?? 'off',
      ).not.toBe('on');
      // Reviews of every regional body in scope, some published with their sections' text indexed.
      const reviews = await db().execute<{ cycles: number; regions: number; published: number }>(sql`
        select count(distinct c.id)::int as cycles, count(distinct c.region_id)::int as regions,
          count(*) filter (where r.status = 'published')::int as published
        from reviews r join review_cycles c on c.id = r.cycle_id where r.is_sample`);
      expect(reviews.rows[0]!.regions).toBe(6);
      expect(reviews.rows[0]!.cycles).toBe(6 * sizes.reviewCycles);
      expect(reviews.rows[0]!.published).toBeGreaterThan(0);
      expect(byType.national_review?.public).toBe(reviews.rows[0]!.published);

      // Abstracts of realistic length in both languages, found by search in each.
      const abstract = await db().execute<{ ar: number; en: number }>(sql`
        select min(array_length(regexp_split_to_array(abstract->>'ar', '\\s+'), 1))::int as ar,
          min(array_length(regexp_split_to_array(abstract->>'en', '\\s+'), 1))::int as en from hub_resources`);
      expect(abstract.rows[0]!.ar).toBeGreaterThan(60);
      expect(abstract.rows[0]!.en).toBeGreaterThan(80);
      for (const [q, locale, type] of [
        ['المهاجرين', 'ar', 'hub_resource'],
        ['remittances', 'en', 'hub_resource'],
        ['الاستعراض الوطني', 'ar', 'national_review'],
        ['regional meeting', 'en', 'meeting'],
      ] as const) {
        const found = await searchContent({
          db: db(),
          subject: anonymousSubject,
          q,
          locale,
          filters: { type },
        });
        expect(found.total, q).toBeGreaterThan(0);
      }

      // The rebuild (pipelined, each word sent once) wrote what a fresh projection says, and every public word.
      for (const type of contentTypes) {
        const drift = await checkContentType(db(), type);
        expect([drift.missing, drift.differing, drift.orphaned], type.key).toEqual([[], [], []]);
      }
      const terms = await db().execute<{ missing: number; extra: number }>(sql`
        with words as (select distinct unnest(tsvector_to_array(search_vector)) as term from content_items where visibility = 'public')
        select (select count(*) from words where term not in (select term from search_terms))::int as missing,
          (select count(*) from search_terms where term not in (select term from words))::int as extra`);
      expect(terms.rows[0]).toEqual({ missing: 0, extra: 0 });

      const again: string[] = [];
      expect(await seedScale({ db: db(), sizes, print: (l) => again.push(l) })).toBe(false);
      expect(again).toEqual(['The scale data set is already loaded; nothing done.']);
    }, 60_000);
  });
}
