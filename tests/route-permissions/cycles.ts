import { reviewOutcomes, reviewOutcomeVersions } from '#db/schema/review-outcomes';
import { reviewWorkshops, stateContacts } from '#db/schema/review-outreach';
import { createReviewCycle, createReviewTemplate } from '#seed/review-factories';
import { syncContactContent } from '~/modules/reviews/outreach/contact-content.server';
import { type Area, everyone, type Who } from './types';

const cycleManagers: readonly Who[] = ['admin', 'regional_secretariat'];
/** The cycle's secretariat (LAS), the Network secretariat and administrators. */
const cycleModerators: readonly Who[] = ['admin', 'network_secretariat', 'regional_secretariat'];

/** Rows of this area's page routes (see types.ts): review cycles, templates, tracker, outcome. */
export const area: Area = {
  rows: [
    { route: ':lang/reviews', url: () => '/en/reviews?kind=national', allow: everyone },
    { route: ':lang/reviews/templates', url: () => '/en/reviews/templates', allow: cycleManagers },
    {
      route: ':lang/reviews/templates/:templateId',
      url: (ids) => `/ar/reviews/templates/${ids.reviewTemplateId}`,
      allow: cycleManagers,
    },
    { route: ':lang/reviews/cycles/new', url: () => '/ar/reviews/cycles/new', allow: cycleManagers },
    {
      route: ':lang/reviews/cycles/:cycleId',
      url: (ids) => `/ar/reviews/cycles/${ids.reviewCycleId}`,
      allow: everyone,
    },
    {
      route: ':lang/reviews/cycles/:cycleId/edit',
      url: (ids) => `/en/reviews/cycles/${ids.reviewCycleId}/edit`,
      allow: cycleManagers,
    },
    {
      route: ':lang/reviews/cycles/:cycleId/tracker',
      url: (ids) => `/ar/reviews/cycles/${ids.reviewCycleId}/tracker`,
      allow: cycleModerators,
    },
    {
      route: ':lang/reviews/cycles/:cycleId/tracker.csv',
      url: (ids) => `/en/reviews/cycles/${ids.reviewCycleId}/tracker.csv`,
      allow: cycleModerators,
    },
    {
      route: ':lang/reviews/cycles/:cycleId/outreach',
      url: (ids) => `/ar/reviews/cycles/${ids.reviewCycleId}/outreach`,
      allow: cycleManagers,
    },
    {
      route: ':lang/reviews/cycles/:cycleId/workshops',
      url: (ids) => `/ar/reviews/cycles/${ids.reviewCycleId}/workshops`,
      allow: cycleManagers,
    },
    {
      route: ':lang/reviews/cycles/:cycleId/received/upload',
      url: (ids) => `/en/reviews/cycles/${ids.reviewCycleId}/received/upload`,
      allow: cycleManagers,
    },
    {
      route: ':lang/reviews/contacts/:regionId',
      url: () => '/ar/reviews/contacts/LAS',
      allow: cycleManagers,
    },
    {
      route: ':lang/reviews/contacts/:regionId/:contactId',
      url: (ids) => `/en/reviews/contacts/LAS/${ids.stateContactId}`,
      allow: cycleManagers,
    },
    {
      route: ':lang/reviews/cycles/:cycleId/contributions',
      url: (ids) => `/en/reviews/cycles/${ids.reviewCycleId}/contributions?type=outcome`,
      allow: everyone,
    },
    {
      route: ':lang/reviews/cycles/:cycleId/outcome',
      url: (ids) => `/ar/reviews/cycles/${ids.reviewCycleId}/outcome`,
      allow: everyone,
    },
    {
      // A version saved without identifiers reads them by position: para_1 is its first paragraph.
      route: ':lang/reviews/cycles/:cycleId/outcome/paragraphs/:eId',
      url: (ids) => `/ar/reviews/cycles/${ids.reviewCycleId}/outcome/paragraphs/para_1`,
      allow: everyone,
    },
    {
      route: ':lang/reviews/cycles/:cycleId/outcome/edit',
      url: (ids) => `/en/reviews/cycles/${ids.reviewCycleId}/outcome/edit`,
      allow: cycleModerators,
    },
  ],
  /** An open LAS cycle on a published template, with a published outcome document and a workshop. */
  async setup({ db }) {
    const template = await createReviewTemplate(db);
    const cycle = await createReviewCycle(db, { templateId: template.id, states: ['JOR', 'EGY'] });
    const text = { title: { en: 'Key messages' }, body: { en: 'States call for better data.' } };
    const [outcome] = await db
      .insert(reviewOutcomes)
      .values({ cycleId: cycle.id, ...text, latestVersion: 1, publishedVersion: 1, publishedAt: new Date() })
      .returning();
    await db.insert(reviewOutcomeVersions).values({ outcomeId: outcome!.id, number: 1, ...text });
    const [contact] = await db
      .insert(stateContacts)
      .values({
        regionId: 'LAS',
        countryIso3: 'JOR',
        kind: 'focal_point',
        name: 'Rana',
        email: 'rana@example.jo',
      })
      .returning();
    await syncContactContent(db, [contact!.id]);
    const [workshop] = await db
      .insert(reviewWorkshops)
      .values({
        cycleId: cycle.id,
        title: { en: 'Focal point workshop' },
        startsOn: '2099-02-01',
        invitedStates: ['JOR', 'EGY'],
      })
      .returning();
    return {
      reviewTemplateId: template.id,
      reviewCycleId: cycle.id,
      stateContactId: contact!.id,
      reviewWorkshopId: workshop!.id,
    };
  },
};
