import type { PublicExpert } from './list-experts.server';

/**
 * An expert as the JSON API serves it: the public fields only. Built field by field, so a column
 * added to the query (an e-mail, a telephone) never reaches the API by accident.
 */
export const presentExpert = (e: PublicExpert) => ({
  id: e.id,
  name: e.name,
  organisation: e.organisation,
  biography: e.biography,
  originalLanguage: e.originalLanguage,
  objectives: e.objectives,
  principles: e.principles,
  languages: e.languages,
  regions: e.regions,
  availability: e.availability,
  path: `/hub/experts/${e.id}`,
  isSample: e.isSample,
});
