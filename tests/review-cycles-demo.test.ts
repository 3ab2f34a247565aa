import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { reviewOutcomes } from '#db/schema/review-outcomes';
import { reviewCycleStates, reviewMilestones, reviews } from '#db/schema/reviews';
import { objectiveTags } from '#db/schema/tagging';
import { seedDemo } from '#seed/demo';
import { demoReviewIds, seedDemoReviews } from '#seed/demo-reviews';
import { getCycle } from '~/modules/reviews/cycles/get-cycle.server';
import { loadTemplateSections } from '~/modules/reviews/review-records.server';
import { loadPublishedSynthesis } from '~/modules/reviews/synthesis/synthesis-records.server';
import { templatePublishIssues } from '~/modules/reviews/templates/template-rules';
import { anonymousSubject } from '~/permissions/resolver';
import { useTestPlatform } from './platform';

describe('sample review data', () => {
  const platform = useTestPlatform();

  it('loads both Arab regional review cycles with their milestones, reviews and outcome, once', async () => {
    const db = platform().database.db;
    expect(await seedDemo(db)).toBe(true);
    const first = await getCycle({ subject: anonymousSubject, cycleId: demoReviewIds.firstCycle });
    expect(first.cycle).toMatchObject({ regionId: 'LAS', status: 'closed', isSample: true });
    expect(first.states).toHaveLength(22);
    expect(first.milestones.map((m) => m.startsOn)).toEqual([
      '2019-12-15',
      '2020-01-20',
      '2020-06-16',
      '2020-08-18',
      '2020-10-27',
      '2020-11-03',
      '2021-01-28',
      '2021-02-04',
      '2021-02-23',
      '2021-02-24',
      '2021-06-30',
    ]);
    expect(first.milestones.find((m) => m.kind === 'review_conference')).toMatchObject({
      endsOn: '2021-02-25',
    });
    expect(first.states.filter((s) => s.publishedReviewId).map((s) => s.iso3)).toEqual([
      'EGY',
      'IRQ',
      'JOR',
      'MAR',
    ]);
    expect(first.parallelReviews).toHaveLength(1);
    expect(first.outcomePublished).toBe(true);

    const second = await getCycle({ subject: anonymousSubject, cycleId: demoReviewIds.secondCycle });
    expect(second.cycle.status).toBe('open');
    expect(second.milestones.find((m) => m.kind === 'review_conference')).toMatchObject({
      startsOn: '2024-07-03',
      endsOn: '2024-07-04',
    });
    const secondReviews = await db
      .select({ country: reviews.countryIso3, status: reviews.status })
      .from(reviews)
      .where(eq(reviews.cycleId, demoReviewIds.secondCycle))
      .orderBy(asc(reviews.countryIso3));
    expect(secondReviews).toEqual([
      { country: 'EGY', status: 'drafting' },
      { country: 'MAR', status: 'submitted' },
    ]);

    // Material for the synthesis: every published national review reports on objectives, tagged.
    const published = await db
      .select({ id: reviews.id })
      .from(reviews)
      .where(and(eq(reviews.cycleId, demoReviewIds.firstCycle), eq(reviews.status, 'published')));
    for (const r of published) {
      const tags = await db.select().from(objectiveTags).where(eq(objectiveTags.entityId, r.id));
      expect(tags.length).toBeGreaterThan(0);
    }
    expect(templatePublishIssues(await loadTemplateSections(db, demoReviewIds.template))).toEqual([]);
    const [outcome] = await db
      .select()
      .from(reviewOutcomes)
      .where(eq(reviewOutcomes.cycleId, demoReviewIds.firstCycle));
    expect(outcome).toMatchObject({ publishedVersion: 1, isSample: true });
    // The first cycle's synthesis is published (version 1), so the API links a DOCX.
    const synthesis = await loadPublishedSynthesis(db, demoReviewIds.firstCycle);
    expect(synthesis).toMatchObject({ number: 1, status: 'published' });
    expect(synthesis!.narrative.introduction.ar).toContain('الاستعراض الإقليمي الأول');
    expect(await loadPublishedSynthesis(db, demoReviewIds.secondCycle)).toBeUndefined();

    expect(await seedDemoReviews(db)).toBe(false);
    const states = await db
      .select()
      .from(reviewCycleStates)
      .where(eq(reviewCycleStates.cycleId, demoReviewIds.firstCycle));
    expect(states).toHaveLength(22);
    expect(
      (await db.select().from(reviewMilestones).where(eq(reviewMilestones.cycleId, demoReviewIds.firstCycle)))
        .length,
    ).toBe(11);
  });
});
