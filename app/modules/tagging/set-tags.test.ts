import { describe, expect, it } from 'vitest';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { getTags } from './get-tags.server';
import { setTags } from './set-tags.server';

for (const store of testStores) {
  describe(`set and get tags (${store})`, () => {
    const platform = useTestPlatform(store);

    it('replaces the tags given, leaves the others, and reads them back for many entities', async () => {
      const db = platform().database.db;
      const stored = await setTags({
        db,
        entityType: 'pledge',
        entityId: 'p1',
        tags: {
          objectives: [7, 1, 7],
          principles: ['human_rights'],
          countries: ['egy', 'JOR'],
          regions: ['las'],
        },
      });
      expect(stored).toEqual({
        objectives: [1, 7],
        principles: ['human_rights'],
        countries: ['EGY', 'JOR'],
        regions: ['LAS'],
      });
      await setTags({ db, entityType: 'pledge', entityId: 'p1', tags: { objectives: [23] } });
      await setTags({ db, entityType: 'pledge', entityId: 'p2', tags: { objectives: [2], regions: [] } });
      const tags = await getTags({ db, entityType: 'pledge', entityIds: ['p1', 'p2', 'p3'] });
      expect(tags.get('p1')).toEqual({
        objectives: [23],
        principles: ['human_rights'],
        countries: ['EGY', 'JOR'],
        regions: ['LAS'],
      });
      expect(tags.get('p2')).toEqual({ objectives: [2], principles: [], countries: [], regions: [] });
      expect(tags.get('p3')).toEqual({ objectives: [], principles: [], countries: [], regions: [] });
      // Other entity types with the same id are separate.
      expect((await getTags({ db, entityType: 'review', entityIds: ['p1'] })).get('p1')?.objectives).toEqual(
        [],
      );
      expect((await getTags({ db, entityType: 'pledge', entityIds: [] })).size).toBe(0);
    });

    it('refuses objectives outside 1–23 and unknown principles, countries and regions, changing nothing', async () => {
      const db = platform().database.db;
      await setTags({
        db,
        entityType: 'review',
        entityId: 'r1',
        tags: { objectives: [5], countries: ['MAR'] },
      });
      const cases = [
        { objectives: [5, 0] },
        { objectives: [24] },
        { objectives: [1.5] },
        { principles: ['not_a_principle'] },
        { countries: ['XXX'] },
        { regions: ['ATLANTIS'] },
        { objectives: [6], countries: ['ZZZ'] },
      ];
      for (const tags of cases) {
        await expect(setTags({ db, entityType: 'review', entityId: 'r1', tags })).rejects.toMatchObject({
          code: 'invalidChoice',
          status: 400,
        });
      }
      await expect(setTags({ db, entityType: 'Bad Type', entityId: 'r1', tags: {} })).rejects.toMatchObject({
        code: 'invalidChoice',
      });
      await expect(setTags({ db, entityType: 'review', entityId: '', tags: {} })).rejects.toMatchObject({
        code: 'invalidChoice',
      });
      expect((await getTags({ db, entityType: 'review', entityIds: ['r1'] })).get('r1')).toEqual({
        objectives: [5],
        principles: [],
        countries: ['MAR'],
        regions: [],
      });
    });

    it('joins an outer transaction and rolls back with it', async () => {
      const db = platform().database.db;
      await db
        .transaction(async (tx) => {
          await setTags({ db: tx, entityType: 'resource', entityId: 'x1', tags: { objectives: [3] } });
          throw new Error('rollback');
        })
        .catch(() => {});
      expect(
        (await getTags({ db, entityType: 'resource', entityIds: ['x1'] })).get('x1')?.objectives,
      ).toEqual([]);
    });
  });
}
