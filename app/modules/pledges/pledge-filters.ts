import type { PledgeForm, PledgeKind, PledgerCategory } from '#db/schema/pledge-values';
import type { Freshness } from './freshness';

/**
 * The public registry's filter vocabulary, shared by the page, the JSON API and the exports (so no
 * server code here); list-pledges.server.ts parses and applies it.
 */
export const publicPledgeStatuses = ['published', 'closed'] as const;
export type PublicPledgeStatus = (typeof publicPledgeStatuses)[number];
export const freshnessValues = ['green', 'amber', 'red'] as const;
/** 'relevance' ranks by the words of `q` (the default when there are words; without them it is 'newest'). */
export const pledgeSorts = ['relevance', 'newest', 'oldest', 'title'] as const;
export type PledgeSort = (typeof pledgeSorts)[number];

/** The order a list is in: relevance when words are searched and no other order is asked for. */
export function effectiveSort(filters: Pick<PledgeFilters, 'q' | 'sort'>): PledgeSort {
  const words = Boolean(filters.q?.trim());
  if (!filters.sort) return words ? 'relevance' : 'newest';
  return filters.sort === 'relevance' && !words ? 'newest' : filters.sort;
}
/** Filter query parameters, in the order the form and the exports use them. */
export const pledgeFilterFields = [
  'objective',
  'principle',
  'country',
  'region',
  'status',
  'form',
  'kind',
  'pledgerType',
  'pledgerCategory',
  'year',
  'freshness',
  'q',
  'sort',
] as const;
export type PledgeFilterField = (typeof pledgeFilterFields)[number];

export interface PledgeFilters {
  objective?: number;
  principle?: string;
  country?: string;
  region?: string;
  status?: PublicPledgeStatus;
  form?: PledgeForm;
  kind?: PledgeKind;
  /** 'state', or a stakeholder category key of the pledging organisation. */
  pledgerType?: string;
  /** The pledger category (pledgerCategories; pledgerCategoryOf). */
  pledgerCategory?: PledgerCategory;
  year?: number;
  freshness?: Freshness;
  q?: string;
  sort?: PledgeSort;
}
