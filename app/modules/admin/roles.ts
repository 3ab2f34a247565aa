import type { OrganisationRole } from '#db/schema/accounts';
import { type AssignableRole, assignableRoles, roleScope, type ScopeType } from '~/permissions/matrix';

/** Organisation roles are memberships (organisation_members.role), not role_assignments rows. */
export type OrganisationScopedRole = 'organisation_admin' | 'organisation_member';

export const membershipRoleOf: Record<OrganisationScopedRole, OrganisationRole> = {
  organisation_admin: 'admin',
  organisation_member: 'member',
};

export function roleOfMembership(role: OrganisationRole): OrganisationScopedRole {
  return role === 'admin' ? 'organisation_admin' : 'organisation_member';
}

export function isAssignableRole(value: unknown): value is AssignableRole {
  return typeof value === 'string' && (assignableRoles as readonly string[]).includes(value);
}

export function isOrganisationRole(role: AssignableRole): role is OrganisationScopedRole {
  return roleScope[role] === 'organisation';
}

/** A role held by a user, with the name of what it is scoped to (region, country or organisation). */
export interface RoleHeld {
  role: AssignableRole;
  scopeType: ScopeType;
  scopeId: string;
  scopeName: { ar?: string; en?: string } | null;
}

export function sortRoles<T extends { role: AssignableRole; scopeId: string }>(roles: T[]): T[] {
  return [...roles].sort(
    (a, b) =>
      assignableRoles.indexOf(a.role) - assignableRoles.indexOf(b.role) || a.scopeId.localeCompare(b.scopeId),
  );
}

/** Escapes % and _ so user search text is matched literally inside a LIKE pattern. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
