import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { reviewOutcomes } from '#db/schema/review-outcomes';
import { reviewCycleStates, reviewMilestones, reviews } from '#db/schema/reviews';
import { objectiveTags } from '#db/schema/tagging';
import { seedDemo } from '#seed/demo';
import { seedDemoForwarding } from '#seed/demo-review-figures';
import { demoReviewIds, seedDemoReviews } from '#seed/demo-reviews';
import { getCycle } from '~/modules/reviews/cycles/get-cycle.server';
import {
  listCycleForwardings,
  listRegionalInputs,
} from '~/modules/reviews/forwarding/forwarding-records.server';
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

    // Version 1 carries migration patterns and trends: stocks, refugees and remittances of some
    // states, each with its source, a series where two years are recorded, regional totals.
    const trends = synthesis!.compiled!.trends!;
    expect(trends.indicators.map((i) => i.indicator).sort()).toEqual([
      'migrant_stock',
      'refugees_hosted',
      'remittances_received_usd',
    ]);
    const stock = trends.indicators.find((i) => i.indicator === 'migrant_stock')!;
    expect(stock.latest.map((f) => [f.iso3, f.year])).toEqual([
      ['EGY', 2020],
      ['JOR', 2020],
      ['LBN', 2020],
    ]);
    expect(stock.series.JOR?.map((p) => p.year)).toEqual([2015, 2020]);
    expect(stock.total).toMatchObject({ states: 3 });
    for (const indicator of trends.indicators) {
      for (const f of indicator.latest) {
        expect(f.source).toMatch(/[\u0600-\u06FF]/);
        expect(f.source).toMatch(/[A-Za-z]/);
        expect(f.note).toContain('Sample figure');
      }
    }
    expect(trends.states.EGY).toMatchObject({ ar: 'مصر' });

    // The published synthesis and outcome are forwarded to the sample IMRF 2022, and listed there.
    const forwarded = (await listCycleForwardings(db, [demoReviewIds.firstCycle])).get(
      demoReviewIds.firstCycle,
    );
    expect(forwarded?.map((f) => [f.document, f.documentVersion]).sort()).toEqual([
      ['outcome', 1],
      ['synthesis', 1],
    ]);
    const meetingId = forwarded![0]!.forum.meetingId!;
    expect((await listRegionalInputs(db, meetingId)).map((r) => r.document).sort()).toEqual([
      'outcome',
      'synthesis',
    ]);
    expect(await seedDemoForwarding(db, demoReviewIds.firstCycle)).toBe(false);

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
  }, 60_000);
});
