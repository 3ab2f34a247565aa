import { and, eq, inArray, sql } from 'drizzle-orm';
import { countries, organisationMembers, organisations, regions, roleAssignments } from '#db/schema/index';
import type { ScopeType } from '~/permissions/matrix';
import type { DbOrTx } from '~/platform/db.server';
import { isAssignableRole, type RoleHeld, roleOfMembership, sortRoles } from './roles';

/** Roles of each user (assignments and organisation memberships), with the name of each scope. */
export async function rolesHeldBy(db: DbOrTx, userIds: string[]): Promise<Map<string, RoleHeld[]>> {
  const out = new Map<string, RoleHeld[]>();
  if (userIds.length === 0) return out;
  const assigned = await db
    .select({
      userId: roleAssignments.userId,
      role: roleAssignments.role,
      scopeType: roleAssignments.scopeType,
      scopeId: roleAssignments.scopeId,
      regionName: regions.name,
      countryName: countries.name,
      organisationName: organisations.name,
    })
    .from(roleAssignments)
    .leftJoin(regions, and(eq(roleAssignments.scopeType, 'region'), eq(regions.id, roleAssignments.scopeId)))
    .leftJoin(
      countries,
      and(eq(roleAssignments.scopeType, 'country'), eq(countries.iso3, roleAssignments.scopeId)),
    )
    .leftJoin(
      organisations,
      and(
        eq(roleAssignments.scopeType, 'organisation'),
        sql`${organisations.id}::text = ${roleAssignments.scopeId}`,
      ),
    )
    .where(inArray(roleAssignments.userId, userIds));
  const memberships = await db
    .select({
      userId: organisationMembers.userId,
      organisationId: organisationMembers.organisationId,
      role: organisationMembers.role,
      name: organisations.name,
    })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(inArray(organisationMembers.userId, userIds));

  const add = (userId: string, held: RoleHeld) => {
    const list = out.get(userId) ?? [];
    if (
      !list.some((r) => r.role === held.role && r.scopeType === held.scopeType && r.scopeId === held.scopeId)
    ) {
      list.push(held);
    }
    out.set(userId, list);
  };
  for (const a of assigned) {
    if (!isAssignableRole(a.role)) continue;
    add(a.userId, {
      role: a.role,
      scopeType: a.scopeType as ScopeType,
      scopeId: a.scopeId,
      scopeName: a.regionName ?? a.countryName ?? a.organisationName ?? null,
    });
  }
  for (const m of memberships) {
    add(m.userId, {
      role: roleOfMembership(m.role),
      scopeType: 'organisation',
      scopeId: m.organisationId,
      scopeName: m.name,
    });
  }
  for (const [userId, list] of out) out.set(userId, sortRoles(list));
  return out;
}
