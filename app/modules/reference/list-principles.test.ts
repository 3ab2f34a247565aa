import { describe, expect, it } from 'vitest';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { getPrinciple } from './get-principle.server';
import { listPrinciples } from './list-principles.server';
import { listStakeholderCategories } from './list-stakeholder-categories.server';
import { listThematicAreas } from './list-thematic-areas.server';

for (const store of testStores) {
  describe(`principles, thematic areas, stakeholder categories (${store})`, () => {
    const platform = useTestPlatform(store);

    it('lists the ten guiding principles in the order of para 15', async () => {
      const rows = await listPrinciples({ db: platform().database.db });
      expect(rows.map((p) => p.paragraph)).toEqual([
        '15(a)',
        '15(b)',
        '15(c)',
        '15(d)',
        '15(e)',
        '15(f)',
        '15(g)',
        '15(h)',
        '15(i)',
        '15(j)',
      ]);
      for (const p of rows) expect(p.name.ar && p.name.en).toBeTruthy();
    });

    it('gets a principle with neighbours; the missing Arabic name is a flagged working translation', async () => {
      const db = platform().database.db;
      const p = await getPrinciple({ db, key: 'rule_of_law_due_process' });
      expect(p?.previous?.key).toBe('national_sovereignty');
      expect(p?.next?.key).toBe('sustainable_development');
      expect(p?.status['name.ar']).toBe('working translation');
      expect(await getPrinciple({ db, key: 'nope' })).toBeNull();
      expect(await getPrinciple({ db, key: "x'; drop" })).toBeNull();
    });

    it('seeds the five MPTF thematic areas unverified, mapping objectives 1–22 once each', async () => {
      const areas = await listThematicAreas({ db: platform().database.db });
      expect(areas).toHaveLength(5);
      expect(areas.every((a) => a.verified === false)).toBe(true);
      expect(areas[0]?.status['name.en']).toMatch(/^UNVERIFIED/);
      const all = areas.flatMap((a) => a.objectives).sort((a, b) => a - b);
      expect(all).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    });

    it('lists the stakeholder categories of para 44', async () => {
      const rows = await listStakeholderCategories({ db: platform().database.db });
      expect(rows[0]).toEqual({ key: 'migrants', label: { en: 'migrants', ar: 'المهاجرون' } });
      expect(rows).toHaveLength(13);
    });
  });
}
