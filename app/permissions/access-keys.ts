import { type Action, matrix } from './matrix';
import type { Resource, Subject } from './resolver';

/**
 * The resolver's `can(subject, action, resource)` as set intersection, so a list query can ask it of
 * thousands of rows at once (`readers && $keys` in SQL, GIN-indexed). A key names one way to hold an
 * action on a resource:
 *   `<action>@*`                   the action anywhere
 *   `<action>@country:JOR`         within a country (likewise region:, organisation:)
 *   `<action>@user:<id>`           on what the user owns
 *   `user:<id>`                    that user by name (e.g. a review's invited co-editors)
 * `can(s, a, r)` holds exactly when subjectKeys(s) and resourceKeys(a, r) share a key
 * (access-keys.test.ts checks this against the resolver).
 */
export function resourceKeys(action: Action, resource: Resource): string[] {
  const keys = [`${action}@*`];
  if (resource.country) keys.push(`${action}@country:${resource.country}`);
  for (const region of resource.regions ?? []) if (region) keys.push(`${action}@region:${region}`);
  if (resource.organisationId) keys.push(`${action}@organisation:${resource.organisationId}`);
  if (resource.ownerId) keys.push(`${action}@user:${resource.ownerId}`);
  return keys;
}

/** A named user, for readers granted one by one rather than by role. */
export const userKey = (userId: string) => `user:${userId}`;

/** Every key the subject holds: one per grant and action, by the grant's reach and scope. */
export function subjectKeys(subject: Subject): string[] {
  const keys = new Set<string>();
  if (subject.userId) keys.add(userKey(subject.userId));
  for (const grant of subject.grants) {
    for (const [action, reach] of Object.entries(matrix[grant.role]) as [Action, string][]) {
      if (reach === 'any') keys.add(`${action}@*`);
      else if (reach === 'own') {
        if (subject.userId) keys.add(`${action}@user:${subject.userId}`);
      } else if (grant.scopeId && grant.scopeType !== 'global') {
        keys.add(`${action}@${grant.scopeType}:${grant.scopeId}`);
      }
    }
  }
  return [...keys].sort();
}

/** Unique, sorted: the stored form of an item's readers, so equal sets compare equal. */
export function readerSet(...groups: readonly (readonly string[])[]): string[] {
  return [...new Set(groups.flat())].sort();
}
