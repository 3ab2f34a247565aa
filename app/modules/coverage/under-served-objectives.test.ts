import { describe, expect, it } from 'vitest';
import { createPledge } from '#seed/pledge-factories';
import { objectiveNumbers } from '~/modules/reference/constants';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { leastCoveredCount } from './coverage.server';
import { underServedObjectives } from './under-served-objectives.server';

for (const store of testStores) {
  describe(`under-served objectives for the pledge form (${store})`, () => {
    const platform = useTestPlatform(store);

    it("names the radar's least-covered objectives of the country's region, public items only", async () => {
      const { db } = platform().database;
      // Every objective but 21, 22 and 23 gets public activity in the ESCWA region (Jordan).
      for (const objective of objectiveNumbers.filter((o) => o < 21)) {
        await createPledge(db, {
          status: 'published',
          publishedAt: new Date('2026-02-01T00:00:00Z'),
          objectives: [objective],
          countries: ['JOR'],
        });
      }
      // Unpublished and other-region pledges change nothing.
      await createPledge(db, { status: 'draft', objectives: [21, 22, 23], countries: ['JOR'] });
      await createPledge(db, {
        status: 'published',
        publishedAt: new Date('2026-02-01T00:00:00Z'),
        objectives: [21, 22, 23],
        countries: ['FRA'],
      });
      await createPledge(db, {
        status: 'published',
        publishedAt: new Date('2026-02-01T00:00:00Z'),
        objectives: [1, 2],
        countries: ['EGY'],
      });

      const [hint, ...more] = await underServedObjectives({ db, iso3: 'jor' });
      expect(more).toEqual([]);
      expect(hint?.region.id).toBe('ESCWA');
      expect(hint?.region.name.ar).toBeTruthy();
      expect(hint?.objectives).toHaveLength(leastCoveredCount);
      expect(hint?.objectives.slice(0, 3)).toEqual([
        { objective: 21, total: 0 },
        { objective: 22, total: 0 },
        { objective: 23, total: 0 },
      ]);
      // Then the least covered of the rest (one item each, lowest number first; 1 and 2 have two).
      expect(hint?.objectives.slice(3).map((o) => o.objective)).toEqual([3, 4]);
      expect(hint?.objectives.slice(3).every((o) => o.total === 1)).toBe(true);
      // Egypt is in two regional commissions: it gets both lists, ESCWA's the same as Jordan's.
      const egypt = await underServedObjectives({ db, iso3: 'EGY' });
      expect(egypt.map((h) => h.region.id)).toEqual(['ECA', 'ESCWA']);
      expect(egypt[1]).toEqual(hint);
    });

    it('has nothing to say for a country in no radar region', async () => {
      const { db } = platform().database;
      expect(await underServedObjectives({ db, iso3: 'XXX' })).toEqual([]);
    });
  });
}
