import { describe, expect, it } from 'vitest';
import { createOrganisation, createUser } from '#seed/factories';
import { createReview, createReviewCycle } from '#seed/review-factories';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { loadReview, loadTemplateSections } from './review-records.server';

for (const store of testStores) {
  describe(`review records (${store})`, () => {
    const platform = useTestPlatform(store);

    it('loads a review with its cycle region and co-editors, and the pinned template in order', async () => {
      const { db } = platform().database;
      const cycle = await createReviewCycle(db, { regionId: 'LAS', states: ['JOR'] });
      const coEditor = await createUser(db);
      const review = await createReview(db, {
        cycleId: cycle.id,
        countryIso3: 'JOR',
        coEditorIds: [coEditor.id],
        sections: [{ key: 'objective-7', body: { ar: 'نص' }, objectiveStatus: 'in_progress' }],
      });
      const loaded = await loadReview(db, review.id);
      expect(loaded.ref).toEqual({
        kind: 'national',
        status: 'drafting',
        countryIso3: 'JOR',
        organisationId: null,
        submittedVersions: 0,
        cycleRegionId: 'LAS',
      });
      expect(loaded.coEditorIds).toEqual([coEditor.id]);
      const sections = await loadTemplateSections(db, cycle.templateId!);
      expect(sections).toHaveLength(32);
      expect(sections.map((s) => s.key).slice(0, 3)).toEqual(['introduction', 'consultation', 'objective-1']);
      expect(sections.filter((s) => s.kind === 'objective').map((s) => s.objective)).toEqual(
        Array.from({ length: 23 }, (_, i) => i + 1),
      );
    });

    it('answers notFound for unknown and malformed ids', async () => {
      const { db } = platform().database;
      await expect(loadReview(db, 'not-a-uuid')).rejects.toMatchObject({ code: 'notFound' });
      await expect(loadReview(db, crypto.randomUUID())).rejects.toMatchObject({ code: 'notFound' });
    });

    it('refuses a second national review of a state in one cycle and a parallel review without organisation', async () => {
      const { db } = platform().database;
      const cycle = await createReviewCycle(db, { states: ['EGY'] });
      await createReview(db, { cycleId: cycle.id, countryIso3: 'EGY' });
      await expect(createReview(db, { cycleId: cycle.id, countryIso3: 'EGY' })).rejects.toThrow();
      await expect(createReview(db, { cycleId: cycle.id, kind: 'parallel' })).rejects.toThrow();
      const org = await createOrganisation(db);
      const parallel = await createReview(db, {
        cycleId: cycle.id,
        kind: 'parallel',
        organisationId: org.id,
      });
      expect(parallel.countryIso3).toBeNull();
    });
  });
}
