import { describe, expect, it } from 'vitest';
import { observeQueries } from '~/platform/db.server';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { getRegion } from './get-region.server';
import { listRegionIds, listRegions } from './list-regions.server';
import { listStakeholderCategories } from './list-stakeholder-categories.server';
import { invalidateReferenceCache } from './reference-cache.server';

/** The statements `read` sends to the database. */
async function queriesOf(read: () => Promise<unknown>): Promise<number> {
  let count = 0;
  observeQueries(() => count++);
  try {
    await read();
  } finally {
    observeQueries(undefined);
  }
  return count;
}

for (const store of testStores) {
  describe(`regions (${store})`, () => {
    const platform = useTestPlatform(store);

    it('lists M49 regions and sub-regions, the commissions, LAS and the ARCP', async () => {
      const db = platform().database.db;
      const rows = await listRegions({ db });
      const byKind = (k: string) => rows.filter((r) => r.kind === k).map((r) => r.id);
      expect(byKind('m49_region')).toEqual(['M49-002', 'M49-019', 'M49-142', 'M49-150', 'M49-009']);
      expect(byKind('m49_subregion')).toHaveLength(22);
      expect(byKind('regional_commission')).toEqual(['ECA', 'ECE', 'ECLAC', 'ESCAP', 'ESCWA']);
      expect(byKind('organisation')).toEqual(['LAS']);
      expect(byKind('process')).toEqual(['ARCP']);
      expect(rows.find((r) => r.id === 'ECE')?.memberCount).toBe(0);
      expect(rows.find((r) => r.id === 'ECA')?.memberCount).toBe(54);
      expect(await listRegionIds({ db })).toHaveLength(34);
      expect((await listRegions({ db, kind: 'regional_commission' })).map((r) => r.id)).toEqual([
        'ECA',
        'ECE',
        'ECLAC',
        'ESCAP',
        'ESCWA',
      ]);
    });

    it('gets a region in any case with parent, children and members', async () => {
      const db = platform().database.db;
      const africa = await getRegion({ db, id: 'm49-002' });
      expect(africa?.children.map((c) => c.id)).toEqual([
        'M49-015',
        'M49-014',
        'M49-017',
        'M49-018',
        'M49-011',
      ]);
      expect(africa?.members).toHaveLength(54);
      const arcp = await getRegion({ db, id: 'ARCP' });
      expect(arcp?.parent?.id).toBe('LAS');
      expect(arcp?.name.ar).toBe('عملية التشاور العربية الإقليمية حول الهجرة واللجوء');
      expect(arcp?.members).toHaveLength(22);
      const ece = await getRegion({ db, id: 'ECE' });
      expect(ece?.members).toEqual([]);
      expect(ece?.name.ar).toBe('اللجنة الاقتصادية لأوروبا');
      expect(ece?.status['name.ar']).toBe('working translation');
      expect((await getRegion({ db, id: 'ESCWA' }))?.status['name.ar']).toBe('as given in gcm.json');
      expect(await getRegion({ db, id: 'NOPE' })).toBeNull();
    });

    it('reads regions and stakeholder categories once until a label correction clears the cache', async () => {
      const db = platform().database.db;
      invalidateReferenceCache();
      expect(await queriesOf(() => listRegions())).toBe(1);
      const cached = await listRegions();
      expect(await queriesOf(() => listRegions())).toBe(0);
      expect(cached.map((r) => r.id)).toEqual((await listRegions({ db })).map((r) => r.id));
      // A copy per caller: sorting one list leaves the next caller's order alone.
      cached.reverse();
      expect((await listRegions())[0]?.id).toBe('M49-002');
      // Each kind and the members are their own entries.
      expect(await queriesOf(() => listRegions({ kind: 'regional_commission' }))).toBe(1);
      expect(await queriesOf(() => listRegions({ kind: 'regional_commission' }))).toBe(0);

      expect(await queriesOf(() => listStakeholderCategories())).toBe(1);
      expect(await queriesOf(() => listStakeholderCategories())).toBe(0);
      // Given a database (a transaction), they read it.
      expect(await queriesOf(() => listStakeholderCategories({ db }))).toBe(1);

      invalidateReferenceCache();
      expect(await queriesOf(() => listRegions())).toBe(1);
      expect(await queriesOf(() => listStakeholderCategories())).toBe(1);
    });
  });
}
