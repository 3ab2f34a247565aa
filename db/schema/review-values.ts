/**
 * The value lists of review columns, free of Drizzle so pages can import them without pulling the
 * ORM into the browser bundle. db/schema/reviews.ts re-exports them.
 */

/** A state's voluntary national review, or a stakeholder organisation's parallel (shadow) review. */
export const reviewKinds = ['national', 'parallel'] as const;
export type ReviewKind = (typeof reviewKinds)[number];

/**
 * drafting → submitted → (acknowledged) → published, or → returned → submitted again.
 * The tracker adds "not started" for states in scope without a review.
 */
export const reviewStatuses = ['drafting', 'submitted', 'acknowledged', 'returned', 'published'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

export const cycleStatuses = ['draft', 'open', 'closed'] as const;
export type CycleStatus = (typeof cycleStatuses)[number];

export const templateStatuses = ['draft', 'published'] as const;
export type TemplateStatus = (typeof templateStatuses)[number];

/** What a template section is about; "objective" sections carry their objective number. */
export const sectionKinds = [
  'introduction',
  'consultation',
  'objective',
  'principles',
  'challenges',
  'priorities',
  'practices',
  'support',
  'next_steps',
  'annexes',
  'other',
] as const;
export type SectionKind = (typeof sectionKinds)[number];

/** Structured fields a template section may ask for besides its free text. */
export const sectionFields = [
  'implementationStatus',
  'measures',
  'partners',
  'sdgTargets',
  'dataAvailable',
] as const;
export type SectionField = (typeof sectionFields)[number];

/** Per-objective implementation status a state reports. */
export const objectiveStatuses = [
  'not_started',
  'planned',
  'in_progress',
  'advanced',
  'not_applicable',
] as const;
export type ObjectiveStatus = (typeof objectiveStatuses)[number];

export const milestoneKinds = [
  'regional_conference',
  'template_issued',
  'workshop',
  'consultation',
  'submission_deadline',
  'review_conference',
  'report',
  'other',
] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];

/** The key of the one section of a free-form parallel review. */
export const freeFormSectionKey = 'body';
