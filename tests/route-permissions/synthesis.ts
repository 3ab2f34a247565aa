import { type Area, everyone } from './types';

/** Rows of this area's page routes (see types.ts). */
export const area: Area = {
  rows: [
    {
      route: ':lang/reviews/cycles/:cycleId/synthesis',
      url: () => '/en/reviews/cycles/:cycleId/synthesis',
      allow: everyone,
      pending: 'to be written',
    },
    {
      route: ':lang/reviews/cycles/:cycleId/synthesis/edit',
      url: () => '/en/reviews/cycles/:cycleId/synthesis/edit',
      allow: everyone,
      pending: 'to be written',
    },
    {
      route: ':lang/reviews/cycles/:cycleId/synthesis.pdf',
      url: () => '/en/reviews/cycles/:cycleId/synthesis.pdf',
      allow: everyone,
      pending: 'to be written',
    },
    {
      route: ':lang/reviews/:reviewId/download.docx',
      url: () => '/en/reviews/:reviewId/download.docx',
      allow: everyone,
      pending: 'to be written',
    },
  ],
};
