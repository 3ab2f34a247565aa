import type { SupportStatus } from '#db/schema/pledge-support-values';

/** The secretariat queue's filters: waiting (open or in progress), answered, closed. */
export const supportQueueFilters = ['open', 'answered', 'closed'] as const;
export type SupportQueueFilter = (typeof supportQueueFilters)[number];
export const isSupportQueueFilter = (v: unknown): v is SupportQueueFilter =>
  typeof v === 'string' && (supportQueueFilters as readonly string[]).includes(v);

export const statusesOfFilter: Record<SupportQueueFilter, SupportStatus[]> = {
  open: ['open', 'in_progress'],
  answered: ['answered'],
  closed: ['closed'],
};
