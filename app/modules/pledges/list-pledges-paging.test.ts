import { beforeAll, describe, expect, it } from 'vitest';
import { pledgeImportItems, pledgeImports } from '#db/schema/pledge-imports';
import { createPledge } from '#seed/pledge-factories';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { listPledges } from './list-pledges.server';
import { decodePledgeCursor, encodePledgeCursor } from './pledge-cursor';
import type { PledgeFilters } from './pledge-filters';

const today = new Date('2026-01-15T12:00:00Z');

/** Keyset pages, capped counts and the imported flag: what the API and the registry read per request. */
for (const store of testStores) {
  describe(`listPledges paging (${store})`, () => {
    const platform = useTestPlatform(store);
    /** Newest first: p5 (newest) … p1, with p2/p3 published at the same instant (the id breaks the tie). */
    let newest: string[] = [];

    beforeAll(async () => {
      const { db } = platform().database;
      const at = (day: number) => new Date(Date.UTC(2025, 0, day, 9, 30, 0, 123));
      const made = [];
      for (const day of [1, 2, 2, 4, 5]) {
        made.push(await createPledge(db, { status: 'published', publishedAt: at(day), objectives: [9] }));
      }
      await createPledge(db, { status: 'draft', objectives: [9] });
      const [p1, p2, p3, p4, p5] = made.map((p) => p.id) as [string, string, string, string, string];
      const tied = [p2, p3].sort().reverse();
      newest = [p5, p4, ...tied, p1];
      const [run] = await db
        .insert(pledgeImports)
        .values({ fileName: 'x.csv', fileKind: 'csv', fileSha256: 'x', fileBytes: 1, outcome: 'imported' })
        .returning();
      await db
        .insert(pledgeImportItems)
        .values({ pledgeId: p4, importId: run!.id, rowHash: 'h', pledgeVersion: 1 });
    });

    const list = (filters: PledgeFilters, extra: Parameters<typeof listPledges>[0] = {}) =>
      listPledges({ db: platform().database.db, filters: { objective: 9, ...filters }, today, ...extra });

    /** Every page of a keyset walk, `size` at a time. */
    async function walk(filters: PledgeFilters, size: number) {
      const pages: string[][] = [];
      let after: Awaited<ReturnType<typeof list>>['next'] | undefined;
      for (;;) {
        const page = await list(filters, { limit: size, after: after ?? undefined });
        pages.push(page.items.map((i) => i.id));
        expect(page.total).toBe(5);
        if (!page.hasMore) return pages;
        after = page.next;
      }
    }

    it('walks by keyset in the newest and oldest orders, ties broken by id, as offsets do', async () => {
      const all = (await list({}, { limit: 10 })).items.map((i) => i.id);
      expect(all).toEqual(newest);
      expect(await walk({}, 2)).toEqual([newest.slice(0, 2), newest.slice(2, 4), newest.slice(4)]);
      const oldest = [...newest].reverse();
      expect((await list({ sort: 'oldest' }, { limit: 10 })).items.map((i) => i.id)).toEqual(oldest);
      expect(await walk({ sort: 'oldest' }, 3)).toEqual([oldest.slice(0, 3), oldest.slice(3)]);
      // A page that ends exactly at the last row says so.
      const whole = await list({}, { limit: 5 });
      expect(whole).toMatchObject({ hasMore: false, total: 5 });
      await expect(list({ sort: 'title' }, { after: whole.next! })).rejects.toThrow(/newest/);
    });

    it('keeps the cursor through the API form, only for its own sort', async () => {
      const { next } = await list({}, { limit: 2 });
      const raw = encodePledgeCursor('newest', next!);
      const back = decodePledgeCursor(raw, 'newest');
      expect(back).toEqual(next);
      expect((await list({}, { limit: 2, after: back! })).items.map((i) => i.id)).toEqual(newest.slice(2, 4));
      expect(decodePledgeCursor(raw, 'oldest')).toBeNull();
      expect(decodePledgeCursor('not a cursor', 'newest')).toBeNull();
      const forged = Buffer.from(JSON.stringify(['newest', "2025-01-01'; drop table pledges", next!.id]));
      expect(decodePledgeCursor(forged.toString('base64url'), 'newest')).toBeNull();
    });

    it('counts up to the cap in the same query, and pages past the end still count', async () => {
      expect(await list({}, { limit: 2, countLimit: 2 })).toMatchObject({ total: 3, totalCapped: true });
      expect(await list({}, { limit: 2, countLimit: 5 })).toMatchObject({ total: 5, totalCapped: false });
      expect(await list({}, { limit: 2, offset: 10 })).toMatchObject({ items: [], total: 5, hasMore: false });
      expect(await list({}, { limit: 2, offset: 10, countLimit: 1 })).toMatchObject({
        total: 2,
        totalCapped: true,
      });
      expect(await list({ objective: 23 }, { limit: 2 })).toMatchObject({ items: [], total: 0 });
      expect((await list({}, { count: false })).total).toBe(-1);
    });

    it('flags imported pledges when asked, in the same rows', async () => {
      const { items } = await list({}, { limit: 10, withImported: true });
      expect(items.map((i) => i.imported)).toEqual([false, true, false, false, false]);
      expect((await list({}, { limit: 10 })).items.every((i) => i.imported === undefined)).toBe(true);
    });
  });
}
