/**
 * The value lists of pledge columns, kept free of Drizzle so pages can import them without pulling
 * the ORM into the browser bundle. db/schema/pledges.ts re-exports them.
 */
export const pledgeKinds = ['individual', 'common', 'partnership', 'matching'] as const;
export type PledgeKind = (typeof pledgeKinds)[number];

export const pledgeForms = ['financial', 'human_resources', 'process', 'policy'] as const;
export type PledgeForm = (typeof pledgeForms)[number];

export const pledgeLevels = ['local', 'national', 'regional', 'global'] as const;
export type PledgeLevel = (typeof pledgeLevels)[number];

export const pledgeStatuses = [
  'draft',
  'submitted',
  'changes_requested',
  'approved',
  'published',
  'closed',
] as const;
export type PledgeStatus = (typeof pledgeStatuses)[number];

export const implementationStatuses = [
  'planning',
  'in_progress',
  'fulfilled',
  'partly_fulfilled',
  'delayed',
  'cancelled',
] as const;
export type ImplementationStatus = (typeof implementationStatuses)[number];
