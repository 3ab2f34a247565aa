import { type Action, actions, type Role } from './matrix';
import { type Resource, type Subject, scopesFor } from './resolver';

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

/**
 * Holding a role, for readers named by group rather than by action (e.g. a discussion space for the
 * focal points of a region): `role:<role>` for the role anywhere, `role:<role>@country:JOR` within a
 * scope. Never in resourceKeys, so they cannot widen what an action reaches.
 */
export const roleKey = (role: Role, scope?: { type: string; id: string }) =>
  scope ? `role:${role}@${scope.type}:${scope.id}` : `role:${role}`;

/** Every key the subject holds: where each action reaches (scopesFor), and the roles held, as keys. */
export function subjectKeys(subject: Subject): string[] {
  const keys = new Set<string>();
  if (subject.userId) keys.add(userKey(subject.userId));
  for (const grant of subject.grants) {
    if (grant.role === 'anonymous' || grant.role === 'user' || !subject.userId) continue;
    // Fails closed like scopesFor: a scoped grant without its scope id holds no role key at all.
    if (grant.scopeType === 'global') keys.add(roleKey(grant.role));
    else if (grant.scopeId) {
      keys.add(roleKey(grant.role));
      keys.add(roleKey(grant.role, { type: grant.scopeType, id: grant.scopeId }));
    }
  }
  for (const action of actions) {
    const scopes = scopesFor(subject, action);
    if (scopes.any) keys.add(`${action}@*`);
    if (scopes.own) keys.add(`${action}@user:${subject.userId}`);
    for (const id of scopes.countries) keys.add(`${action}@country:${id}`);
    for (const id of scopes.regions) keys.add(`${action}@region:${id}`);
    for (const id of scopes.organisations) keys.add(`${action}@organisation:${id}`);
  }
  return [...keys].sort();
}

/** Unique, sorted: the stored form of an item's readers, so equal sets compare equal. */
export function readerSet(...groups: readonly (readonly string[])[]): string[] {
  return [...new Set(groups.flat())].sort();
}
