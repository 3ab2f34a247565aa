/**
 * The value lists of the Migration Network Hub, free of Drizzle so pages can import them.
 * db/schema/hub.ts re-exports them.
 */
export const resourceTypes = ['research', 'guidance', 'tool', 'policy', 'training', 'data', 'other'] as const;
export type ResourceType = (typeof resourceTypes)[number];

export const resourceAudiences = [
  'governments',
  'local_authorities',
  'un_entities',
  'civil_society',
  'researchers',
  'migrants',
  'general_public',
] as const;
export type ResourceAudience = (typeof resourceAudiences)[number];

export const resourceLicences = [
  'cc_by',
  'cc_by_sa',
  'cc_by_nc',
  'public_domain',
  'all_rights_reserved',
  'other',
] as const;
export type ResourceLicence = (typeof resourceLicences)[number];

/** Languages a document may be written in (the six UN languages). */
export const documentLanguages = ['ar', 'en', 'fr', 'es', 'ru', 'zh'] as const;
export type DocumentLanguage = (typeof documentLanguages)[number];

/**
 * submitted → (editor assigns a panel) in_review → published | revision_requested | rejected;
 * a revised resource goes back to submitted for a new round.
 */
export const resourceStatuses = [
  'submitted',
  'in_review',
  'revision_requested',
  'published',
  'rejected',
] as const;
export type ResourceStatus = (typeof resourceStatuses)[number];

/** Text extraction from the uploaded file: none (no file or a link), done, or the file could not be read. */
export const extractionStates = ['none', 'extracted', 'unreadable'] as const;
export type ExtractionState = (typeof extractionStates)[number];

/** The conflict-of-interest question a reviewer answers before the resource unlocks. */
export const conflictStates = ['not_asked', 'none', 'declared'] as const;
export type ConflictState = (typeof conflictStates)[number];

export const reviewRecommendations = ['accept', 'revise', 'reject'] as const;
export type ReviewRecommendation = (typeof reviewRecommendations)[number];

/** The fixed criteria every reviewer scores, 1 (poor) to 5 (excellent). */
export const reviewCriteria = ['relevance', 'evidence', 'principles', 'usefulness'] as const;
export type ReviewCriterion = (typeof reviewCriteria)[number];
export const scoreMin = 1;
export const scoreMax = 5;

export const editorDecisions = ['publish', 'revise', 'reject'] as const;
export type EditorDecision = (typeof editorDecisions)[number];

export const reviewerGenders = ['female', 'male', 'other', 'undisclosed'] as const;
export type ReviewerGender = (typeof reviewerGenders)[number];
