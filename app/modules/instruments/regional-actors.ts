/**
 * The comparison of regional actors in the review (domain.md §3, §5), as data for the public
 * explanatory page: three kinds of actor, each described on the same aspects. The texts are messages
 * (`instruments.actors.<kind>.<aspect>`) in both languages.
 */
export const actorKinds = ['mechanisms', 'commissions', 'unions'] as const;
export type ActorKind = (typeof actorKinds)[number];

export const actorAspects = [
  'description',
  'type',
  'mandate',
  'focus',
  'structure',
  'coverage',
  'role',
  'strengths',
  'challenges',
] as const;
export type ActorAspect = (typeof actorAspects)[number];
