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

/**
 * Who makes a pledge, as the pledging documents list pledgers. A state pledger is always 'state';
 * an organisation names its category (organisationCategories).
 */
export const organisationPledgerCategories = [
  'un_entity',
  'international_regional_organisation',
  'financial_institution',
  'humanitarian_development',
  'civil_society',
  'private_sector',
  'academia',
  'local_authority',
  'parliament',
  'migrant_diaspora',
  'observer',
] as const;
export const pledgerCategories = ['state', ...organisationPledgerCategories] as const;
export type PledgerCategory = (typeof pledgerCategories)[number];

/**
 * The pledger category an organisation's stakeholder category (GCM para 44) implies, for pledges
 * that name none (made before categories, or imported): the closest match, none when unclear.
 */
export const pledgerCategoryOfStakeholder: Partial<Record<string, PledgerCategory>> = {
  civil_society: 'civil_society',
  migrant_diaspora_orgs: 'migrant_diaspora',
  migrants: 'migrant_diaspora',
  faith_based_orgs: 'civil_society',
  trade_unions: 'civil_society',
  local_authorities_communities: 'local_authority',
  private_sector: 'private_sector',
  parliamentarians: 'parliament',
  academia: 'academia',
  red_cross_red_crescent: 'humanitarian_development',
};

/** A pledge's category: 'state' for a state; else its own, else the one its organisation implies. */
export function pledgerCategoryOf(pledge: {
  countryIso3: string | null;
  pledgerCategory: string | null;
  organisationCategory?: string | null;
}): PledgerCategory | null {
  if (pledge.countryIso3) return 'state';
  if (pledge.pledgerCategory) return pledge.pledgerCategory as PledgerCategory;
  return (pledge.organisationCategory && pledgerCategoryOfStakeholder[pledge.organisationCategory]) || null;
}
