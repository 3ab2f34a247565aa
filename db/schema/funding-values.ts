/**
 * Value lists of the Migration Multi-Partner Trust Fund area (db/schema/funding.ts), free of Drizzle so
 * pages can import them.
 */

/**
 * The concept-note pipeline: submitted → screened → in pipeline → selected (by the steering committee)
 * → funded (a joint programme) → closed; or not selected, with reasons.
 */
export const conceptNoteStatuses = [
  'submitted',
  'screened',
  'in_pipeline',
  'selected',
  'funded',
  'closed',
  'not_selected',
] as const;
export type ConceptNoteStatus = (typeof conceptNoteStatuses)[number];

/**
 * The three markers a concept note is scored on. The scale (0 = not addressed … 3 = principal
 * objective) is Marsad's working assumption, shared by the three, until the fund's secretariat
 * confirms the fund's own scales (decisions.md); the limits are checked in Zod and in the database.
 */
export const markerKeys = ['genderMarker', 'humanRightsMarker', 'childSensitivityMarker'] as const;
export type MarkerKey = (typeof markerKeys)[number];
export const MARKER_MIN = 0;
export const MARKER_MAX = 3;

export const programmeStatuses = ['active', 'closed'] as const;
export type ProgrammeStatus = (typeof programmeStatuses)[number];

/** Entity types in the tagging tables and the audit log. */
export const conceptNoteEntityType = 'concept_note';
export const programmeEntityType = 'programme';
export const contributionEntityType = 'fund_contribution';
export const steeringDecisionEntityType = 'steering_decision';
