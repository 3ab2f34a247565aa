import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewSynthesisReports } from '#db/schema/review-synthesis';
import { reviewMilestones } from '#db/schema/reviews';
import { rebuildContentIndex } from '#seed/content-index';
import { createOrganisation } from '#seed/factories';
import { createReview, createReviewCycle } from '#seed/review-factories';
import { setTags } from '~/modules/tagging/set-tags.server';
import type { AppError } from '~/platform/errors';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { createCyclePeople } from '../cycles/test-fixtures';
import { publishOutcome } from '../outcome/publish-outcome.server';
import { saveOutcome } from '../outcome/save-outcome.server';
import { reviewEntityType } from '../review-records.server';
import { matchesContribution, parseContributionFilters } from './contribution-filters';
import { listContributions } from './list-contributions.server';

describe('contribution filters', () => {
  it('reads known values and ignores the rest', () => {
    expect(
      parseContributionFilters(
        new URLSearchParams('type=parallel_review&actor=state&country=jor&objective=7'),
      ),
    ).toEqual({
      type: 'parallel_review',
      actor: 'state',
      country: 'JOR',
      objective: 7,
    });
    expect(
      parseContributionFilters(new URLSearchParams('type=x&actor=y&country=Jordan&objective=24')),
    ).toEqual({});
  });

  it('drops items without a country or objectives when those are filtered', () => {
    const outcome = {
      type: 'outcome' as const,
      actor: 'secretariat' as const,
      country: null,
      objectives: [],
    };
    expect(matchesContribution(outcome, {})).toBe(true);
    expect(matchesContribution(outcome, { country: 'JOR' })).toBe(false);
    expect(matchesContribution(outcome, { objective: 3 })).toBe(false);
  });
});

for (const store of testStores) {
  describe(`contributions page (${store})`, () => {
    const platform = useTestPlatform(store);
    let people: Awaited<ReturnType<typeof createCyclePeople>>;
    let cycleId: string;
    let jordan: string;
    let parallel: string;

    beforeAll(async () => {
      const db = platform().database.db;
      people = await createCyclePeople(db);
      const cycle = await createReviewCycle(db, { states: ['JOR', 'EGY', 'MAR'] });
      cycleId = cycle.id;
      await db.insert(reviewMilestones).values([
        {
          cycleId,
          position: 0,
          kind: 'consultation',
          title: { en: 'Multi-stakeholder dialogue' },
          startsOn: '2020-10-27',
          summary: { en: 'Over 500 stakeholders were invited.' },
        },
        { cycleId, position: 1, kind: 'workshop', title: { en: 'Workshop' }, startsOn: '2020-06-15' },
      ]);
      jordan = (await createReview(db, { cycleId, countryIso3: 'JOR', status: 'published' })).id;
      await createReview(db, { cycleId, countryIso3: 'EGY', status: 'submitted' });
      const org = await createOrganisation(db, {
        name: { en: 'Migrant Rights Network' },
        countryIso3: 'LBN',
      });
      parallel = (
        await createReview(db, {
          cycleId,
          kind: 'parallel',
          organisationId: org.id,
          countryIso3: 'JOR',
          status: 'published',
          title: { en: 'Shadow report' },
        })
      ).id;
      await setTags({ db, entityType: reviewEntityType, entityId: jordan, tags: { objectives: [5, 7] } });
      await setTags({ db, entityType: reviewEntityType, entityId: parallel, tags: { objectives: [7] } });
      await rebuildContentIndex(db);
      const saved = await saveOutcome({
        subject: people.las.subject,
        cycleId,
        expectedVersion: 0,
        input: { title: { en: 'Key messages' }, body: { en: 'One.' } },
      });
      await publishOutcome({ subject: people.las.subject, cycleId, expectedVersion: saved.version });
    });

    const list = (filters = {}) => listContributions({ subject: people.anonymous.subject, cycleId, filters });

    it('compiles every published item of the cycle, nothing unpublished', async () => {
      const all = await list();
      expect(all.items.map((i) => i.type).sort()).toEqual(
        ['consultation_summary', 'national_review', 'outcome', 'parallel_review'].sort(),
      );
      expect(all.items.find((i) => i.type === 'parallel_review')).toMatchObject({
        actor: 'organisation',
        actorName: { en: 'Migrant Rights Network' },
        path: `/reviews/${parallel}`,
      });
      expect(all.items.find((i) => i.type === 'consultation_summary')!.text).toEqual({
        en: 'Over 500 stakeholders were invited.',
      });
      expect(all.countries.map((c) => c.iso3)).toEqual(['JOR']);
      expect(all.objectives).toEqual([5, 7]);
    });

    it('filters by type, actor, country and objective', async () => {
      expect((await list({ type: 'national_review' })).items.map((i) => i.path)).toEqual([
        `/reviews/${jordan}`,
      ]);
      expect((await list({ actor: 'secretariat' })).items.map((i) => i.type).sort()).toEqual([
        'consultation_summary',
        'outcome',
      ]);
      expect((await list({ country: 'JOR' })).items).toHaveLength(2);
      expect((await list({ objective: 5 })).items.map((i) => i.type)).toEqual(['national_review']);
      expect((await list({ objective: 7, actor: 'organisation' })).items.map((i) => i.type)).toEqual([
        'parallel_review',
      ]);
    });

    it('lists the synthesis report once one is published', async () => {
      const db = platform().database.db;
      await db.insert(reviewSynthesisReports).values({
        cycleId,
        status: 'published',
        number: 1,
        narrative: {} as never,
        compiled: {} as never,
        publishedAt: new Date('2021-06-01T00:00:00Z'),
      });
      await rebuildContentIndex(db);
      const items = (await list({ type: 'synthesis' })).items;
      expect(items).toEqual([
        expect.objectContaining({ path: `/reviews/cycles/${cycleId}/synthesis`, date: '2021-06-01' }),
      ]);
      await db.delete(reviewSynthesisReports).where(eq(reviewSynthesisReports.cycleId, cycleId));
      await rebuildContentIndex(db);
    });

    it('is not found for a draft cycle', async () => {
      const db = platform().database.db;
      const draft = await createReviewCycle(db, { status: 'draft' });
      const error = await listContributions({
        subject: people.anonymous.subject,
        cycleId: draft.id,
        filters: {},
      }).catch((e: AppError) => e);
      expect((error as AppError).code).toBe('notFound');
    });
  });
}
