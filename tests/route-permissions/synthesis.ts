import { createReview, createReviewCycle } from '#seed/review-factories';
import { recordContribution } from '~/modules/reviews/contributions/record-contribution.server';
import { publishSynthesis } from '~/modules/reviews/synthesis/publish-synthesis.server';
import { recordTrendFigure } from '~/modules/reviews/synthesis/trends/trend-figures.server';
import { type Area, everyone, secretariats } from './types';

/**
 * Rows of the synthesis report's routes. The records: a LAS cycle with Jordan's review published
 * and version 1 of the synthesis published (the regional secretariat test user is scoped to LAS).
 */
export const area: Area = {
  rows: [
    {
      route: ':lang/reviews/cycles/:cycleId/synthesis',
      url: (ids) => `/ar/reviews/cycles/${ids.synthesisCycleId}/synthesis`,
      allow: everyone,
    },
    {
      route: ':lang/reviews/cycles/:cycleId/synthesis/edit',
      url: (ids) => `/en/reviews/cycles/${ids.synthesisCycleId}/synthesis/edit`,
      // reviews.moderate in the cycle's region: the LAS secretariat, the Network secretariat, admins.
      allow: secretariats,
    },
    {
      route: ':lang/reviews/cycles/:cycleId/synthesis/figures',
      url: (ids) => `/ar/reviews/cycles/${ids.synthesisCycleId}/synthesis/figures`,
      // Those who write the cycle's synthesis record its figures.
      allow: secretariats,
    },
    {
      // The page's CSV upload posts here; opened, it shows the same page.
      route: ':lang/reviews/cycles/:cycleId/synthesis/figures/import',
      url: (ids) => `/en/reviews/cycles/${ids.synthesisCycleId}/synthesis/figures/import`,
      allow: secretariats,
    },
    {
      route: ':lang/reviews/cycles/:cycleId/synthesis/figures/template.csv',
      url: (ids) => `/en/reviews/cycles/${ids.synthesisCycleId}/synthesis/figures/template.csv`,
      allow: secretariats,
    },
    {
      route: ':lang/reviews/cycles/:cycleId/contributions/upload',
      url: (ids) => `/ar/reviews/cycles/${ids.synthesisCycleId}/contributions/upload`,
      // Those who write the cycle's synthesis record its contributions.
      allow: secretariats,
    },
    {
      route: ':lang/reviews/cycles/:cycleId/contributions/:contributionId/upload',
      url: (ids) =>
        `/ar/reviews/cycles/${ids.synthesisCycleId}/contributions/${ids.synthesisContributionId}/upload`,
      // Those who record the cycle's contributions correct and remove them.
      allow: secretariats,
    },
    {
      // No HTTP server listens in these tests, so the PDF falls back to the print view (302).
      route: ':lang/reviews/cycles/:cycleId/synthesis.pdf',
      url: (ids) => `/en/reviews/cycles/${ids.synthesisCycleId}/synthesis.pdf`,
      allow: everyone,
      ok: [302],
    },
    {
      route: ':lang/reviews/:reviewId/download.docx',
      url: (ids) => `/ar/reviews/${ids.synthesisReviewId}/download.docx`,
      allow: everyone,
    },
  ],
  async setup({ db, userIds }) {
    const cycle = await createReviewCycle(db, { regionId: 'LAS', states: ['JOR', 'EGY'] });
    const review = await createReview(db, {
      cycleId: cycle.id,
      countryIso3: 'JOR',
      status: 'published',
      sections: [{ key: 'objective-1', objectiveStatus: 'advanced', measures: { ar: 'تدابير منشورة.' } }],
    });
    const admin = {
      userId: userIds.admin,
      grants: [{ role: 'admin' as const, scopeType: 'global' as const, scopeId: '' }],
    };
    const figure = await recordTrendFigure({
      db,
      subject: admin,
      cycleId: cycle.id,
      input: {
        country: 'JOR',
        indicator: 'migrant_stock',
        year: '2024',
        value: '3500000',
        source: 'UN DESA',
      },
    });
    const contribution = await recordContribution({
      db,
      subject: admin,
      cycleId: cycle.id,
      input: {
        kind: 'parliament',
        contributor: { ar: 'البرلمان العربي' },
        receivedOn: '2026-01-15',
        text: { ar: 'بيان البرلمان.' },
        originalLanguage: 'ar',
        objectives: ['7'],
      },
    });
    await publishSynthesis({ db, subject: admin, cycleId: cycle.id, expectedVersion: 0 });
    return {
      synthesisCycleId: cycle.id,
      synthesisReviewId: review.id,
      synthesisFigureId: figure.id,
      synthesisContributionId: contribution.id,
    };
  },
};
