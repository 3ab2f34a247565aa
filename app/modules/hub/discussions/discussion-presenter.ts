import { spacePhase } from './discussion-policy';
import type { SpaceListItem } from './list-spaces.server';

/** A public space in the JSON API: never a person's e-mail; moderators are not listed. */
export const presentSpaceListItem = (s: SpaceListItem, now = new Date()) => ({
  id: s.id,
  title: s.title,
  description: s.description,
  originalLanguage: s.originalLanguage,
  languages: s.languages,
  opensAt: s.opensAt.toISOString(),
  closesAt: s.closesAt.toISOString(),
  status: spacePhase(s, now),
  posts: s.posts,
  objectives: s.objectives,
  principles: s.principles,
  countries: s.countries,
  path: `/hub/discussions/${s.id}`,
  isSample: s.isSample,
});
