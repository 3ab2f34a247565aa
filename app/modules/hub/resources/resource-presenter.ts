import type { ResourceListItem } from './list-resources.server';

/** A published resource in the JSON API: tagged items carry `objectives` (numbers). */
export const presentResourceListItem = (r: ResourceListItem) => ({
  id: r.id,
  title: r.title,
  abstract: r.summary,
  originalLanguage: r.originalLanguage,
  type: r.type,
  documentLanguages: r.documentLanguages,
  publisher: r.publisher,
  year: r.year,
  objectives: r.objectives,
  principles: r.principles,
  countries: r.countries,
  path: `/hub/resources/${r.id}`,
  isSample: r.isSample,
});
