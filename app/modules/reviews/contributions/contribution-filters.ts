/** What a cycle's contributions page compiles, and how it is filtered. */
export const contributionTypes = [
  'national_review',
  'parallel_review',
  'outcome',
  'synthesis',
  'consultation_summary',
  'contribution',
] as const;
export type ContributionType = (typeof contributionTypes)[number];

/**
 * Who made the contribution: a state, a stakeholder organisation, the cycle's secretariat, or a
 * body whose contribution the secretariat recorded (a consultative process, parliament, UN agency, …).
 */
export const contributionActors = ['state', 'organisation', 'secretariat', 'contributor'] as const;
export type ContributionActor = (typeof contributionActors)[number];

export interface ContributionFilters {
  type?: ContributionType;
  actor?: ContributionActor;
  country?: string;
  objective?: number;
}

/** Reads the filters; values not accepted are ignored (a page, not an API). */
export function parseContributionFilters(params: URLSearchParams): ContributionFilters {
  const filters: ContributionFilters = {};
  const type = params.get('type');
  if ((contributionTypes as readonly (string | null)[]).includes(type))
    filters.type = type as ContributionType;
  const actor = params.get('actor');
  if ((contributionActors as readonly (string | null)[]).includes(actor))
    filters.actor = actor as ContributionActor;
  const country = params.get('country')?.trim().toUpperCase();
  if (country && /^[A-Z]{3}$/.test(country)) filters.country = country;
  const objective = params.get('objective');
  if (objective && /^\d{1,2}$/.test(objective) && Number(objective) >= 1 && Number(objective) <= 23) {
    filters.objective = Number(objective);
  }
  return filters;
}

export interface ContributionLike {
  type: ContributionType;
  actor: ContributionActor;
  country: string | null;
  objectives: readonly number[];
}

/** Does the item pass the filters? (Items without a country or objectives fail those filters.) */
export function matchesContribution(item: ContributionLike, filters: ContributionFilters): boolean {
  if (filters.type && item.type !== filters.type) return false;
  if (filters.actor && item.actor !== filters.actor) return false;
  if (filters.country && item.country !== filters.country) return false;
  if (filters.objective && !item.objectives.includes(filters.objective)) return false;
  return true;
}
