/**
 * The value lists of the Hub's expert database, free of Drizzle so pages can import them.
 * db/schema/hub-experts.ts re-exports them.
 */

/** pending (registered, waiting for a Hub editor) → approved (public) | declined (with a reason). */
export const expertStatuses = ['pending', 'approved', 'declined'] as const;
export type ExpertStatus = (typeof expertStatuses)[number];

export const expertAvailabilities = ['available', 'limited', 'unavailable'] as const;
export type ExpertAvailability = (typeof expertAvailabilities)[number];

/** Languages an expert works in (the six UN languages). */
export const expertLanguages = ['ar', 'en', 'fr', 'es', 'ru', 'zh'] as const;
export type ExpertLanguage = (typeof expertLanguages)[number];
