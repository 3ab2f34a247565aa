/**
 * The value lists of the Hub's repository of practices and its calls, free of Drizzle so pages can
 * import them. db/schema/hub-practices.ts re-exports them.
 */

/** ongoing: still being implemented; completed: finished (an end date is then required). */
export const practiceStages = ['ongoing', 'completed'] as const;
export type PracticeStage = (typeof practiceStages)[number];

/**
 * submitted → (an editor asks for clarification) clarification_requested → (the submitter answers)
 * submitted → approved (published) | declined (with a reason).
 */
export const practiceStatuses = ['submitted', 'clarification_requested', 'approved', 'declined'] as const;
export type PracticeStatus = (typeof practiceStatuses)[number];

/**
 * The Network's criteria for a practice, as the submitter's checklist: linked to the Compact's
 * objectives, following its guiding principles, implemented after December 2018 (ideally), fully or
 * mostly complete, innovative and replicable. The first two are required.
 */
export const practiceCriteria = [
  'linked_to_objectives',
  'follows_principles',
  'after_december_2018',
  'mostly_complete',
  'innovative_replicable',
] as const;
export type PracticeCriterion = (typeof practiceCriteria)[number];
export const requiredPracticeCriteria: readonly PracticeCriterion[] = [
  'linked_to_objectives',
  'follows_principles',
];

/** What an editor decides on a submitted practice. */
export const practiceDecisions = ['clarify', 'approve', 'decline'] as const;
export type PracticeDecision = (typeof practiceDecisions)[number];

/** A call for practices is open until its deadline or until an editor closes it. */
export const practiceCallStatuses = ['open', 'closed'] as const;
export type PracticeCallStatus = (typeof practiceCallStatuses)[number];
