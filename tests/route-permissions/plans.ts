import { type Area, everyone } from './types';

/** Rows of this area's page routes (see types.ts). */
export const area: Area = {
  rows: [
    { route: ':lang/plans', url: () => '/en/plans', allow: everyone, pending: 'to be written' },
    { route: ':lang/plans/:iso3', url: () => '/en/plans/:iso3', allow: everyone, pending: 'to be written' },
    {
      route: ':lang/plans/:iso3/edit',
      url: () => '/en/plans/:iso3/edit',
      allow: everyone,
      pending: 'to be written',
    },
    {
      route: ':lang/plans/:iso3/actions/:actionId',
      url: () => '/en/plans/:iso3/actions/:actionId',
      allow: everyone,
      pending: 'to be written',
    },
  ],
};
