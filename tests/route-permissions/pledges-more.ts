import { type Area, everyone } from './types';

/** Rows of this area's page routes (see types.ts). */
export const area: Area = {
  rows: [
    {
      route: ':lang/pledges/import',
      url: () => '/en/pledges/import',
      allow: everyone,
      pending: 'to be written',
    },
    {
      route: ':lang/pledges/imports/:importId/report.csv',
      url: () => '/en/pledges/imports/:importId/report.csv',
      allow: everyone,
      pending: 'to be written',
    },
    {
      route: ':lang/pledges/support',
      url: () => '/en/pledges/support',
      allow: everyone,
      pending: 'to be written',
    },
    {
      route: ':lang/pledges/support/:requestId',
      url: () => '/en/pledges/support/:requestId',
      allow: everyone,
      pending: 'to be written',
    },
    {
      route: ':lang/pledges/partnerships',
      url: () => '/en/pledges/partnerships',
      allow: everyone,
      pending: 'to be written',
    },
    {
      route: ':lang/pledges/:id/support',
      url: () => '/en/pledges/:id/support',
      allow: everyone,
      pending: 'to be written',
    },
  ],
};
