import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testStores, useTestPlatform } from '../../tests/platform';
import { everyWriteCounted, writesFinished } from './db.server';

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

    it('keeps the count where another bundle of this module reads it (globalThis), and knows which stores it sees whole', async () => {
      const { db } = platform().database;
      // The routes' bundle (build/server) carries its own copy of this module: it finds the count here.
      const shared = (globalThis as Record<symbol, { finished: number } | undefined>)[
        Symbol.for('marsad.db-writes')
      ];
      const before = shared?.finished;
      await db.execute(sql`create table if not exists writes_probe (n int)`);
      expect(shared?.finished).toBeGreaterThan(before ?? Number.POSITIVE_INFINITY);
      expect(shared?.finished).toBe(writesFinished());
      expect(everyWriteCounted(db)).toBe(store === 'pglite');
    });
  });
}
