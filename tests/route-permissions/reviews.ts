import { reviewVersions } from '#db/schema/index';
import { createReview, createReviewCycle } from '#seed/review-factories';
import { type Area, everyone, signedIn } from './types';

/**
 * Rows of the review authoring and workflow pages (see types.ts). A review nobody may see answers
 * 404, so ids reveal nothing; the moderation page refuses non-secretariats before looking at the record.
 */
export const area: Area = {
  rows: [
    { route: ':lang/reviews/mine', url: () => '/en/reviews/mine', allow: signedIn },
    {
      route: ':lang/reviews/new',
      url: (ids) => `/en/reviews/new?cycle=${ids.vnrOpenCycleId}`,
      allow: ['admin', 'focal_point', 'organisation_admin', 'organisation_member'],
    },
    {
      route: ':lang/reviews/:reviewId',
      url: (ids) => `/ar/reviews/${ids.vnrPublishedReviewId}`,
      allow: everyone,
    },
    {
      route: ':lang/reviews/:reviewId/edit',
      url: (ids) => `/en/reviews/${ids.vnrDraftReviewId}/edit`,
      allow: ['admin', 'focal_point'],
      refused: [404],
    },
    {
      route: ':lang/reviews/:reviewId/sections/:sectionKey',
      url: (ids) => `/ar/reviews/${ids.vnrDraftReviewId}/sections/objective-7`,
      allow: ['admin', 'focal_point'],
      refused: [404],
    },
    {
      route: ':lang/reviews/:reviewId/editors',
      url: (ids) => `/en/reviews/${ids.vnrDraftReviewId}/editors`,
      allow: ['admin', 'focal_point'],
      refused: [404],
    },
    {
      route: ':lang/reviews/:reviewId/attachments',
      url: (ids) => `/en/reviews/${ids.vnrDraftReviewId}/attachments`,
      allow: ['admin', 'focal_point'],
      refused: [404],
    },
    {
      route: ':lang/reviews/:reviewId/indicators',
      url: (ids) => `/en/reviews/${ids.vnrDraftReviewId}/indicators`,
      allow: ['admin', 'focal_point'],
      refused: [404],
    },
    {
      route: ':lang/reviews/:reviewId/moderate',
      url: (ids) => `/en/reviews/${ids.vnrSubmittedReviewId}/moderate`,
      allow: ['admin', 'network_secretariat', 'regional_secretariat'],
    },
    {
      route: ':lang/reviews/:reviewId/versions',
      url: (ids) => `/en/reviews/${ids.vnrSubmittedReviewId}/versions`,
      allow: ['admin', 'network_secretariat', 'regional_secretariat', 'focal_point'],
      refused: [404],
    },
  ],
  /** Jordan's national reviews in LAS cycles (one per cycle): drafting, submitted, published; and an open cycle without one. */
  async setup({ db, userIds }) {
    const cycle = () => createReviewCycle(db, { regionId: 'LAS', states: ['JOR'] });
    const sections = [
      { key: 'introduction', body: { ar: 'مقدمة الاستعراض' } },
      { key: 'objective-7', objectiveStatus: 'in_progress' as const, body: { ar: 'تدابير الهدف السابع' } },
    ];
    const draft = await createReview(db, { cycleId: (await cycle()).id, countryIso3: 'JOR', sections });
    const submitted = await createReview(db, {
      cycleId: (await cycle()).id,
      countryIso3: 'JOR',
      status: 'submitted',
      submittedVersions: 1,
      submittedAt: new Date(),
      sections,
    });
    const published = await createReview(db, {
      cycleId: (await cycle()).id,
      countryIso3: 'JOR',
      status: 'published',
      sections,
    });
    for (const review of [submitted, published]) {
      await db.insert(reviewVersions).values({
        reviewId: review.id,
        number: 1,
        submittedBy: userIds.focal_point,
        snapshot: {
          title: review.title,
          originalLanguage: 'ar',
          sections: sections.map((s) => ({
            key: s.key,
            body: s.body,
            objectiveStatus: s.objectiveStatus ?? null,
            measures: {},
            partners: {},
            sdgTargets: [],
            sdgTargetsNote: null,
            dataAvailable: {},
          })),
          attachments: [],
        },
      });
    }
    return {
      vnrOpenCycleId: (await cycle()).id,
      vnrDraftReviewId: draft.id,
      vnrSubmittedReviewId: submitted.id,
      vnrPublishedReviewId: published.id,
    };
  },
};
