import { describe, expect, it } from 'vitest';
import { createPledge } from '#seed/pledge-factories';
import { publishedPledgeTags } from '~/modules/pledges/published-pledge-tags.server';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { countByObjective } from './count-by-objective.server';
import { setTags } from './set-tags.server';

for (const store of testStores) {
  describe(`count by objective (${store})`, () => {
    const platform = useTestPlatform(store);

    it('answers zero for every objective when nothing is tagged', async () => {
      const counts = await countByObjective({ db: platform().database.db });
      expect(counts).toHaveLength(23);
      expect(counts.every((c) => c.total === 0)).toBe(true);
      expect(await countByObjective({ db: platform().database.db, objective: 7 })).toEqual([
        { objective: 7, total: 0, byType: {} },
      ]);
      expect(await countByObjective({ db: platform().database.db, objective: 24 })).toEqual([]);
    });

    it('counts tagged entities per objective and type, filtered by type, country and region', async () => {
      const db = platform().database.db;
      await setTags({
        db,
        entityType: 'pledge',
        entityId: 'a',
        tags: { objectives: [7, 8], countries: ['EGY'] },
      });
      await setTags({
        db,
        entityType: 'pledge',
        entityId: 'b',
        tags: { objectives: [7], countries: ['FRA'] },
      });
      await setTags({ db, entityType: 'review', entityId: 'c', tags: { objectives: [7], regions: ['LAS'] } });
      await setTags({ db, entityType: 'resource', entityId: 'd', tags: { objectives: [1] } });

      const all = await countByObjective({ db });
      expect(all.find((c) => c.objective === 7)).toEqual({
        objective: 7,
        total: 3,
        byType: { pledge: 2, review: 1 },
      });
      expect(all.find((c) => c.objective === 8)?.total).toBe(1);
      expect(all.find((c) => c.objective === 2)?.total).toBe(0);

      const pledges = await countByObjective({ db, entityTypes: ['pledge'], objective: 7 });
      expect(pledges).toEqual([{ objective: 7, total: 2, byType: { pledge: 2 } }]);
      expect(await countByObjective({ db, entityTypes: [], objective: 7 })).toEqual([
        { objective: 7, total: 0, byType: {} },
      ]);

      const egypt = await countByObjective({ db, country: 'egy' });
      expect(egypt.filter((c) => c.total).map((c) => c.objective)).toEqual([7, 8]);

      // LAS: tagged with LAS directly (review c) or with a member country (pledge a, Egypt); not France.
      const las = await countByObjective({ db, region: 'LAS', objective: 7 });
      expect(las).toEqual([{ objective: 7, total: 2, byType: { pledge: 1, review: 1 } }]);
      const europe = await countByObjective({ db, region: 'M49-150', objective: 7 });
      expect(europe[0]?.byType).toEqual({ pledge: 1 });
    });

    it('counts only the entities a per-type condition lets through (published pledges)', async () => {
      const db = platform().database.db;
      const published = { status: 'published' as const, publishedAt: new Date() };
      await createPledge(db, { objectives: [12], countries: ['JOR'], ...published });
      await createPledge(db, { objectives: [12], countries: ['JOR'], status: 'draft' });
      await createPledge(db, { objectives: [12], countries: ['JOR'], status: 'submitted' });
      await createPledge(db, {
        objectives: [12],
        countries: ['JOR'],
        status: 'closed',
        publishedAt: new Date(),
      });
      await setTags({ db, entityType: 'review', entityId: 'r12', tags: { objectives: [12] } });
      // A pledge tag whose id is no pledge at all does not count either.
      await setTags({ db, entityType: 'pledge', entityId: 'not-a-uuid', tags: { objectives: [12] } });

      const all = await countByObjective({ db, objective: 12 });
      expect(all[0]?.byType).toEqual({ pledge: 5, review: 1 });
      const onlyPublished = await countByObjective({ db, objective: 12, where: publishedPledgeTags });
      // Other content types are untouched by the pledges' condition.
      expect(onlyPublished).toEqual([{ objective: 12, total: 2, byType: { pledge: 1, review: 1 } }]);
      const regional = await countByObjective({
        db,
        entityTypes: ['pledge'],
        region: 'LAS',
        where: publishedPledgeTags,
      });
      expect(regional.find((c) => c.objective === 12)?.total).toBe(1);
    });
  });
}
