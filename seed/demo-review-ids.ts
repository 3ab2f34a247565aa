/**
 * The demo review data's deterministic ids (seed/demo-reviews.ts), in a module of their own so the
 * browser tests can name them without loading the seed and the domain behind it.
 */
export const demoReviewIds = {
  template: '5a3b0000-0000-4000-8000-000000000001',
  firstCycle: '5a3b0000-0000-4000-8000-000000000011',
  secondCycle: '5a3b0000-0000-4000-8000-000000000012',
} as const;
