/** A state's place in the cycle: no review yet, or its review's status (in the order of the work). */
export const trackerStatuses = [
  'not_started',
  'drafting',
  'returned',
  'submitted',
  'acknowledged',
  'published',
] as const;
export type TrackerStatus = (typeof trackerStatuses)[number];
