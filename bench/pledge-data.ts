import { sql } from 'drizzle-orm';
import { rebuildContentType } from '~/modules/content/reindex.server';
import { pledgeContent } from '~/modules/pledges/pledge-content.server';
import type { Database } from '~/platform/db.server';
import { maintainDatabase } from '~/platform/db-maintenance.server';

/**
 * The benchmark registry: `count` published and draft pledges written with SQL (generate_series),
 * tagged through the shared tables, then the content index rebuilt as `reindex` does. Pledgers are
 * the LAS member states in turn; statuses mostly published; 1–3 objectives each. Returns how long
 * the content-index rebuild took.
 */
export async function seedBenchPledges(database: Database, count: number): Promise<{ reindexMs: number }> {
  const { db } = database;
  const statements = `
    create table bench_states as
      select c.iso3, row_number() over (order by c.iso3) - 1 as i from region_members m join countries c on c.iso3 = m.country_iso3
      where m.region_id = 'LAS';
    insert into pledges (id, external_id, country_iso3, title, description, original_language, kind, forms, level,
                         start_date, end_date, status, published_at, last_progress_on, is_sample,
                         tagged_objectives, tagged_countries)
    select md5('bench' || g)::uuid, 'bench-' || g,
           (select iso3 from bench_states where i = g % (select count(*) from bench_states)),
           jsonb_build_object('ar', 'تعهد تجريبي رقم ' || g, 'en', 'Benchmark pledge ' || g),
           jsonb_build_object('ar', repeat('وصف تعهد لاختبار الأداء. ', 20), 'en', repeat('Benchmark pledge description. ', 12)),
           'ar', 'individual', array['policy'], 'national',
           date '2024-01-01' + (g % 365), date '2027-01-01' + (g % 365),
           case when g % 10 = 0 then 'draft' when g % 10 = 1 then 'submitted' when g % 17 = 0 then 'closed' else 'published' end,
           case when g % 10 > 1 then timestamptz '2024-06-01' + (g % 700) * interval '1 day' end,
           case when g % 3 = 0 then date '2025-06-01' + (g % 400) end,
           true,
           -- The copies the tag triggers keep (see below), written here so they rewrite no row.
           array(select distinct o from unnest(array[1 + abs(hashtext(md5('bench' || g)::uuid::text)) % 23,
             1 + abs(hashtext(md5('bench' || g)::uuid::text || 'b')) % 23]) o order by o),
           array[(select iso3 from bench_states where i = g % (select count(*) from bench_states))]
    from generate_series(1, ${count}) g;
    insert into objective_tags (entity_type, entity_id, objective)
      select distinct 'pledge', p.id::text, o from pledges p,
        lateral (values (1 + abs(hashtext(p.id::text)) % 23), (1 + abs(hashtext(p.id::text || 'b')) % 23)) v(o)
      where p.external_id like 'bench-%';
    insert into country_tags (entity_type, entity_id, country)
      select 'pledge', id::text, country_iso3 from pledges where external_id like 'bench-%';
    drop table bench_states;
    analyze
  `.split(/;\s*\n/);
  for (const statement of statements) if (statement.trim()) await db.execute(sql.raw(statement));
  // Rows written with SQL reach the content index only through a rebuild (as `reindex` does).
  const reindexStarted = performance.now();
  await db.transaction((tx) => rebuildContentType(tx, pledgeContent));
  const reindexMs = performance.now() - reindexStarted;
  // As after any seed or import (the server does the same through its maintenance job).
  await maintainDatabase({ db, all: true });
  return { reindexMs };
}
