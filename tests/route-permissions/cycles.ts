import { type Area, everyone } from './types';

/** Rows of this area's page routes (see types.ts). */
export const area: Area = {
  rows: [
    { route: ':lang/reviews', url: () => '/en/reviews', allow: everyone, pending: 'to be written' },
    {
      route: ':lang/reviews/templates',
      url: () => '/en/reviews/templates',
      allow: everyone,
      pending: 'to be written',
    },
    {
      route: ':lang/reviews/templates/:templateId',
      url: () => '/en/reviews/templates/:templateId',
      allow: everyone,
      pending: 'to be written',
    },
    {
      route: ':lang/reviews/cycles/new',
      url: () => '/en/reviews/cycles/new',
      allow: everyone,
      pending: 'to be written',
    },
    {
      route: ':lang/reviews/cycles/:cycleId',
      url: () => '/en/reviews/cycles/:cycleId',
      allow: everyone,
      pending: 'to be written',
    },
    {
      route: ':lang/reviews/cycles/:cycleId/edit',
      url: () => '/en/reviews/cycles/:cycleId/edit',
      allow: everyone,
      pending: 'to be written',
    },
    {
      route: ':lang/reviews/cycles/:cycleId/tracker',
      url: () => '/en/reviews/cycles/:cycleId/tracker',
      allow: everyone,
      pending: 'to be written',
    },
    {
      route: ':lang/reviews/cycles/:cycleId/contributions',
      url: () => '/en/reviews/cycles/:cycleId/contributions',
      allow: everyone,
      pending: 'to be written',
    },
    {
      route: ':lang/reviews/cycles/:cycleId/outcome',
      url: () => '/en/reviews/cycles/:cycleId/outcome',
      allow: everyone,
      pending: 'to be written',
    },
    {
      route: ':lang/reviews/cycles/:cycleId/outcome/edit',
      url: () => '/en/reviews/cycles/:cycleId/outcome/edit',
      allow: everyone,
      pending: 'to be written',
    },
  ],
};
