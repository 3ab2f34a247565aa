/**
 * Value lists of the instruments around the review (db/schema/instruments.ts): champion countries,
 * inter-state consultation mechanisms and UN networks on migration; free of Drizzle so pages can
 * import them.
 */

/** A registry record is shown to the public once published; a draft stays with the secretariat. */
export const registryStatuses = ['draft', 'published'] as const;
export type RegistryStatus = (typeof registryStatuses)[number];

/**
 * How far a reference entry is confirmed: "confirmed" names a public source, "unconfirmed" was
 * entered by Marsad (or the secretariat) and awaits one (decisions.md).
 */
export const confirmations = ['confirmed', 'unconfirmed'] as const;
export type Confirmation = (typeof confirmations)[number];

/**
 * The champion countries initiative's criteria (domain.md §5), the checklist the secretariat fills
 * when considering a country.
 */
export const championCriteria = [
  'geographicBalance',
  'vision360',
  'governmentCommitment',
  'unNetwork',
  'residentCoordinatorSupport',
  'processAlignment',
] as const;
export type ChampionCriterion = (typeof championCriteria)[number];

/** Where a consideration stands. */
export const considerationOutcomes = ['pending', 'admitted', 'declined'] as const;
export type ConsiderationOutcome = (typeof considerationOutcomes)[number];

/** Kinds of inter-state consultation mechanism (domain.md §3). */
export const mechanismKinds = ['rcp', 'inter_regional_forum', 'global_process'] as const;
export type MechanismKind = (typeof mechanismKinds)[number];

export const chairKinds = ['rotating', 'permanent'] as const;
export type ChairKind = (typeof chairKinds)[number];

/** Levels of the UN networks on migration. */
export const networkLevels = ['global', 'regional', 'country'] as const;
export type NetworkLevel = (typeof networkLevels)[number];

export const networkGroupKinds = ['core_working_group', 'thematic_working_group', 'workstream'] as const;
export type NetworkGroupKind = (typeof networkGroupKinds)[number];

/** Entity types in the tagging tables and the audit log. */
export const championEntityType = 'champion';
export const considerationEntityType = 'champion_consideration';
export const mechanismEntityType = 'mechanism';
export const mechanismActivityEntityType = 'mechanism_activity';
export const networkEntityType = 'un_network';
