import { beforeAll, describe, expect, it } from 'vitest';
import { reviewMilestones } from '#db/schema/reviews';
import { rebuildContentIndex } from '#seed/content-index';
import { createOrganisation } from '#seed/factories';
import { createReview, createReviewCycle } from '#seed/review-factories';
import { setTags } from '~/modules/tagging/set-tags.server';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { createCyclePeople } from '../cycles/test-fixtures';
import { reviewEntityType } from '../review-records.server';
import { listCycles } from './list-cycles.server';
import { listPublishedReviews, loadReviewFilterChoices } from './list-published-reviews.server';
import { parseReviewFilters } from './review-filters';

describe('review filters', () => {
  const choices = { cycles: ['0b6a1c1e-0000-4000-8000-000000000001'], countries: ['EGY', 'JOR'] };
  it('accepts known values, case-insensitively for codes', () => {
    expect(
      parseReviewFilters(
        new URLSearchParams(
          'cycle=0B6A1C1E-0000-4000-8000-000000000001&country=jor&kind=parallel&objective=7',
        ),
        choices,
      ),
    ).toEqual({
      ok: true,
      filters: { cycle: choices.cycles[0], country: 'JOR', kind: 'parallel', objective: 7 },
    });
  });
  it('reports the first bad value with what it allows, keeping the good ones', () => {
    expect(parseReviewFilters(new URLSearchParams('kind=shadow&country=EGY'), choices)).toEqual({
      ok: false,
      field: 'kind',
      allowed: ['national', 'parallel'],
      filters: { country: 'EGY' },
    });
    expect(parseReviewFilters(new URLSearchParams('objective=0'), choices)).toMatchObject({
      field: 'objective',
      allowed: '1..23',
    });
    expect(parseReviewFilters(new URLSearchParams('cycle=nope'), choices)).toMatchObject({
      field: 'cycle',
      allowed: choices.cycles,
    });
  });
});

for (const store of testStores) {
  describe(`cycle and review listings (${store})`, () => {
    const platform = useTestPlatform(store);
    let people: Awaited<ReturnType<typeof createCyclePeople>>;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      const db = platform().database.db;
      people = await createCyclePeople(db);
      const first = await createReviewCycle(db, { title: { en: 'First' }, status: 'closed' });
      const second = await createReviewCycle(db, { title: { en: 'Second' } });
      const draft = await createReviewCycle(db, { title: { en: 'Draft' }, status: 'draft' });
      const escwaDraft = await createReviewCycle(db, {
        title: { en: 'ESCWA draft' },
        status: 'draft',
        regionId: 'ESCWA',
      });
      await db.insert(reviewMilestones).values([
        {
          cycleId: first.id,
          position: 0,
          kind: 'regional_conference',
          title: { en: 'Cairo' },
          startsOn: '2019-12-15',
        },
        {
          cycleId: first.id,
          position: 1,
          kind: 'review_conference',
          title: { en: 'Conf' },
          startsOn: '2021-02-24',
          endsOn: '2021-02-25',
        },
        {
          cycleId: second.id,
          position: 0,
          kind: 'review_conference',
          title: { en: 'Cairo' },
          startsOn: '2024-07-03',
        },
      ]);
      Object.assign(ids, { first: first.id, second: second.id, draft: draft.id, escwaDraft: escwaDraft.id });
      ids.jor = (await createReview(db, { cycleId: first.id, countryIso3: 'JOR', status: 'published' })).id;
      ids.egy = (await createReview(db, { cycleId: second.id, countryIso3: 'EGY', status: 'published' })).id;
      ids.mar = (await createReview(db, { cycleId: second.id, countryIso3: 'MAR', status: 'drafting' })).id;
      ids.inDraftCycle = (
        await createReview(db, { cycleId: draft.id, countryIso3: 'JOR', status: 'published' })
      ).id;
      const org = await createOrganisation(db);
      ids.parallel = (
        await createReview(db, {
          cycleId: second.id,
          kind: 'parallel',
          organisationId: org.id,
          status: 'published',
        })
      ).id;
      await setTags({ db, entityType: reviewEntityType, entityId: ids.egy, tags: { objectives: [7, 23] } });
      await rebuildContentIndex(db);
    });

    it('lists public cycles newest first with their period and counts; drafts for their secretariat only', async () => {
      const pub = await listCycles({ subject: null, limit: 50, offset: 0 });
      expect(pub.items.map((c) => c.title.en)).toEqual(['Second', 'First']);
      expect(pub.items[1]).toMatchObject({
        startsOn: '2019-12-15',
        endsOn: '2021-02-25',
        stateCount: 2,
        publishedNational: 1,
      });
      expect(pub.items[0]).toMatchObject({ publishedNational: 1, publishedParallel: 1 });
      const las = await listCycles({ subject: people.las.subject, limit: 50, offset: 0 });
      expect(las.items.map((c) => c.title.en).sort()).toEqual(['Draft', 'First', 'Second']);
      const admin = await listCycles({ subject: people.admin.subject, limit: 50, offset: 0 });
      expect(admin.total).toBe(4);
      expect((await listCycles({ subject: people.focalJor.subject, limit: 50, offset: 0 })).total).toBe(2);
    });

    it('lists published reviews of public cycles only, filtered', async () => {
      const all = await listPublishedReviews({ filters: {}, limit: 50, offset: 0 });
      expect(all.items.map((r) => r.id).sort()).toEqual([ids.jor, ids.egy, ids.parallel].sort());
      const egy = all.items.find((r) => r.id === ids.egy)!;
      expect(egy).toMatchObject({ kind: 'national', country: { iso3: 'EGY' }, objectives: [7, 23] });
      expect(
        (await listPublishedReviews({ filters: { cycle: ids.second }, limit: 50, offset: 0 })).total,
      ).toBe(2);
      expect(
        (await listPublishedReviews({ filters: { kind: 'parallel' }, limit: 50, offset: 0 })).items.map(
          (r) => r.id,
        ),
      ).toEqual([ids.parallel]);
      expect(
        (await listPublishedReviews({ filters: { country: 'JOR' }, limit: 50, offset: 0 })).items.map(
          (r) => r.id,
        ),
      ).toEqual([ids.jor]);
      expect(
        (await listPublishedReviews({ filters: { objective: 23 }, limit: 50, offset: 0 })).items.map(
          (r) => r.id,
        ),
      ).toEqual([ids.egy]);
      const page = await listPublishedReviews({ filters: {}, limit: 1, offset: 1 });
      expect(page).toMatchObject({ total: 3 });
      expect(page.items).toHaveLength(1);
      const choices = await loadReviewFilterChoices();
      expect(choices.cycles).toContain(ids.first);
      expect(choices.cycles).not.toContain(ids.draft);
    });
  });
}
