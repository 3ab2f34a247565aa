import { type Area, everyone } from './types';

/** Rows of this area's page routes (see types.ts). */
export const area: Area = {
  rows: [
    { route: ':lang/reviews/mine', url: () => '/en/reviews/mine', allow: everyone, pending: 'to be written' },
    { route: ':lang/reviews/new', url: () => '/en/reviews/new', allow: everyone, pending: 'to be written' },
    {
      route: ':lang/reviews/:reviewId',
      url: () => '/en/reviews/:reviewId',
      allow: everyone,
      pending: 'to be written',
    },
    {
      route: ':lang/reviews/:reviewId/edit',
      url: () => '/en/reviews/:reviewId/edit',
      allow: everyone,
      pending: 'to be written',
    },
    {
      route: ':lang/reviews/:reviewId/sections/:sectionKey',
      url: () => '/en/reviews/:reviewId/sections/:sectionKey',
      allow: everyone,
      pending: 'to be written',
    },
    {
      route: ':lang/reviews/:reviewId/editors',
      url: () => '/en/reviews/:reviewId/editors',
      allow: everyone,
      pending: 'to be written',
    },
    {
      route: ':lang/reviews/:reviewId/attachments',
      url: () => '/en/reviews/:reviewId/attachments',
      allow: everyone,
      pending: 'to be written',
    },
    {
      route: ':lang/reviews/:reviewId/moderate',
      url: () => '/en/reviews/:reviewId/moderate',
      allow: everyone,
      pending: 'to be written',
    },
    {
      route: ':lang/reviews/:reviewId/versions',
      url: () => '/en/reviews/:reviewId/versions',
      allow: everyone,
      pending: 'to be written',
    },
  ],
};
