/**
 * The value lists of support requests, free of Drizzle so pages can import them without the ORM.
 * db/schema/pledge-support.ts re-exports them.
 */
export const supportKinds = [
  'technical',
  'financial',
  'capacity_building',
  'data',
  'partnership',
  'other',
] as const;
export type SupportKind = (typeof supportKinds)[number];

/** open → in progress → answered / closed (closed is final). */
export const supportStatuses = ['open', 'in_progress', 'answered', 'closed'] as const;
export type SupportStatus = (typeof supportStatuses)[number];

/** What a support request is about; the Hub adds its own subjects later. */
export const supportSubjectTypes = ['pledge'] as const;
export type SupportSubjectType = (typeof supportSubjectTypes)[number];
