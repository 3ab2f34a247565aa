import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testStores, useTestPlatform } from '../../tests/platform';
import { writesFinished } from './db.server';

/** What the ETag's memoised change stamp relies on: a finished write of this process is counted. */
for (const store of testStores) {
  describe(`writesFinished (${store})`, () => {
    const platform = useTestPlatform(store, { checkContentIndex: false });

    it('counts statements that may write and transactions, not plain reads (CTEs included)', async () => {
      const { db } = platform().database;
      await db.execute(sql`create table if not exists writes_probe (n int)`);
      const before = writesFinished();
      await db.execute(sql`select 1`);
      await db.execute(sql`  SELECT count(*) from writes_probe`);
      await db.execute(sql`with p as (select n from writes_probe) select count(*) from p`);
      expect(writesFinished()).toBe(before);
      await db.execute(sql`with d as (delete from writes_probe returning n) select count(*) from d`);
      expect(writesFinished()).toBeGreaterThan(before);
      const afterDelete = writesFinished();
      await db.execute(sql`insert into writes_probe values (1)`);
      expect(writesFinished()).toBeGreaterThan(afterDelete);
      const afterInsert = writesFinished();
      await db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
      });
      expect(writesFinished()).toBeGreaterThan(afterInsert);
    });
  });
}
