import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testStores, useTestPlatform } from '../../tests/platform';
import { maintainDatabase } from './db-maintenance.server';

for (const store of testStores) {
  describe(`database maintenance (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;
    const lastMaintained = async () =>
      (
        await db().execute<{ vacuumed: boolean; analysed: boolean }>(sql`
          select coalesce(last_vacuum, last_autovacuum) is not null as vacuumed,
                 coalesce(last_analyze, last_autoanalyze) is not null as analysed
          from pg_stat_user_tables where relname = 'maintenance_probe'`)
      ).rows[0];

    it('vacuums and analyses a table after a bulk write, and leaves it alone when nothing changed', async () => {
      await db().execute(sql`create table maintenance_probe (id int primary key, tags int[])`);
      await db().execute(sql`create index maintenance_probe_tags on maintenance_probe using gin (tags)`);
      await db().execute(
        sql`insert into maintenance_probe select g, array[g % 23] from generate_series(1, 5000) g`,
      );

      const first = await maintainDatabase();
      expect(first.tables).toContain('public.maintenance_probe');
      expect(await lastMaintained()).toEqual({ vacuumed: true, analysed: true });
      // The planner now knows the table's size.
      const [{ reltuples }] = (
        await db().execute<{ reltuples: number }>(
          sql`select reltuples::int as reltuples from pg_class where relname = 'maintenance_probe'`,
        )
      ).rows as [{ reltuples: number }];
      expect(reltuples).toBe(5000);

      const again = await maintainDatabase();
      expect(again.tables).not.toContain('public.maintenance_probe');
      await db().execute(sql`drop table maintenance_probe`);
    });
  });
}
