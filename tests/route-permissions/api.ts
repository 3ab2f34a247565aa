import { type Area, everyone } from './types';

/**
 * The JSON API (/api/v1): every endpoint is public (guardPublic), answers anonymous readers and
 * signed-in users alike, and shows only what the public may see. The records come from the other
 * areas' setup (a published pledge, an open cycle, a cycle with a published synthesis).
 */
export const area: Area = {
  rows: [
    { route: 'api/v1/openapi.json', url: () => '/api/v1/openapi.json', allow: everyone },
    { route: 'api/v1/objectives', url: () => '/api/v1/objectives', allow: everyone },
    { route: 'api/v1/objectives/:number', url: () => '/api/v1/objectives/7', allow: everyone },
    { route: 'api/v1/principles', url: () => '/api/v1/principles', allow: everyone },
    { route: 'api/v1/thematic-areas', url: () => '/api/v1/thematic-areas', allow: everyone },
    { route: 'api/v1/countries', url: () => '/api/v1/countries', allow: everyone },
    { route: 'api/v1/countries/:iso3', url: () => '/api/v1/countries/JOR', allow: everyone },
    { route: 'api/v1/regions', url: () => '/api/v1/regions', allow: everyone },
    { route: 'api/v1/pledges.csv', url: () => '/api/v1/pledges.csv', allow: everyone },
    { route: 'api/v1/pledges.xlsx', url: () => '/api/v1/pledges.xlsx', allow: everyone },
    { route: 'api/v1/pledges', url: () => '/api/v1/pledges?objective=7', allow: everyone },
    {
      route: 'api/v1/pledges/:id',
      url: (ids) => `/api/v1/pledges/${ids.publishedPledgeId}`,
      allow: everyone,
    },
    { route: 'api/v1/review-cycles', url: () => '/api/v1/review-cycles', allow: everyone },
    {
      route: 'api/v1/review-cycles/:id',
      url: (ids) => `/api/v1/review-cycles/${ids.reviewCycleId}`,
      allow: everyone,
    },
    {
      route: 'api/v1/review-cycles/:id/contributions',
      url: (ids) => `/api/v1/review-cycles/${ids.reviewCycleId}/contributions`,
      allow: everyone,
    },
    {
      route: 'api/v1/review-cycles/:id/synthesis.docx',
      url: (ids) => `/api/v1/review-cycles/${ids.synthesisCycleId}/synthesis.docx?lang=en`,
      allow: everyone,
    },
    { route: 'api/v1/reviews', url: () => '/api/v1/reviews', allow: everyone },
    { route: 'api/v1/implementation-plans', url: () => '/api/v1/implementation-plans', allow: everyone },
    {
      route: 'api/v1/search',
      url: () => '/api/v1/search?q=%D8%A7%D9%84%D9%87%D8%AC%D8%B1%D8%A9',
      allow: everyone,
    },
    { route: 'api/v1/search/suggestions', url: () => '/api/v1/search/suggestions?q=mig', allow: everyone },
    { route: 'api/v1/content', url: () => '/api/v1/content?type=pledge', allow: everyone },
    {
      route: 'api/v1/content/:type/:id',
      url: () => '/api/v1/content/pledge/00000000-0000-4000-8000-000000000000',
      allow: everyone,
      ok: [404],
    },
    { route: 'api/v1/*', url: () => '/api/v1/no-such-thing', allow: everyone, ok: [404] },
  ],
};
