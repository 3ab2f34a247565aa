import { describe, expect, it } from 'vitest';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { getObjective } from './get-objective.server';
import { listObjectives } from './list-objectives.server';

for (const store of testStores) {
  describe(`objectives (${store})`, () => {
    const platform = useTestPlatform(store);

    it('lists the 23 objectives in order with Arabic and English labels', async () => {
      const { database } = platform();
      const { items, total } = await listObjectives({ db: database.db });
      expect(total).toBe(23);
      expect(items.map((o) => o.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
      expect(items[6]).toMatchObject({
        number: 7,
        code: 'GCM-O07',
        shortLabel: { en: 'Reduce vulnerabilities', ar: 'الحد من مواطن الضعف' },
      });
      for (const o of items) {
        expect(o.title.en).toBeTruthy();
        expect(o.title.ar).toBeTruthy();
        expect(o.shortLabel.ar).toBeTruthy();
      }
    });

    it('pages with limit and offset and keeps the total', async () => {
      const { items, total } = await listObjectives({ db: platform().database.db, limit: 5, offset: 20 });
      expect(total).toBe(23);
      expect(items.map((o) => o.number)).toEqual([21, 22, 23]);
    });

    it('marks Arabic titles and short labels as working translations', async () => {
      const { items } = await listObjectives({ db: platform().database.db, withStatus: true });
      expect(items[0]?.status?.['title.ar']).toMatch(/working translation/);
      expect(items[0]?.status?.['shortLabel.ar']).toBe('working translation');
      expect(items[0]?.status?.['title.en']).toBe('verified');
    });

    it('gets one objective with neighbours, its thematic area and the principles', async () => {
      const o = await getObjective({ db: platform().database.db, number: 7, withPrinciples: true });
      expect(o?.code).toBe('GCM-O07');
      expect(o?.previous?.number).toBe(6);
      expect(o?.next?.number).toBe(8);
      expect(o?.thematicAreas.map((a) => a.id)).toEqual([2]);
      expect(o?.thematicAreas[0]?.verified).toBe(false);
      expect(o?.principles).toHaveLength(10);
      expect(o?.principles?.[0]?.key).toBe('people_centred');
    });

    it('has no previous for 1, no next for 23, and nothing outside 1–23', async () => {
      const db = platform().database.db;
      expect((await getObjective({ db, number: 1 }))?.previous).toBeNull();
      const last = await getObjective({ db, number: 23 });
      expect(last?.next).toBeNull();
      expect(last?.principles).toBeUndefined();
      expect(await getObjective({ db, number: 0 })).toBeNull();
      expect(await getObjective({ db, number: 24 })).toBeNull();
      expect(await getObjective({ db, number: 1.5 })).toBeNull();
    });
  });
}
