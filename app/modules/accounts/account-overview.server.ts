import { eq, inArray } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import {
  countries,
  organisationMembers,
  organisations,
  regions,
  roleAssignments,
  users,
} from '#db/schema/index';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';

export interface RoleLine {
  role: string;
  scopeType: 'global' | 'region' | 'country' | 'organisation';
  scopeId: string;
  /** The region, country or organisation name, when the scope exists. */
  scopeName: Translated | null;
}

/** What the account page shows: the editable fields, assigned roles with their scope and memberships. */
export async function accountOverview(userId: string) {
  const db = getDb();
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      digits: users.digits,
      calendar: users.calendar,
      version: users.version,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) return null;
  const [assigned, memberships] = await Promise.all([
    db
      .select({
        role: roleAssignments.role,
        scopeType: roleAssignments.scopeType,
        scopeId: roleAssignments.scopeId,
      })
      .from(roleAssignments)
      .where(eq(roleAssignments.userId, userId))
      .orderBy(roleAssignments.createdAt),
    db
      .select({
        id: organisations.id,
        name: organisations.name,
        verified: organisations.verified,
        role: organisationMembers.role,
      })
      .from(organisationMembers)
      .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
      .where(eq(organisationMembers.userId, userId))
      .orderBy(organisationMembers.createdAt),
  ]);
  const ids = (type: RoleLine['scopeType']) =>
    assigned
      .filter((a) => a.scopeType === type && (type !== 'organisation' || isUuid(a.scopeId)))
      .map((a) => a.scopeId);
  const [regionNames, countryNames, orgNames] = await Promise.all([
    ids('region').length
      ? db
          .select({ id: regions.id, name: regions.name })
          .from(regions)
          .where(inArray(regions.id, ids('region')))
      : [],
    ids('country').length
      ? db
          .select({ id: countries.iso3, name: countries.name })
          .from(countries)
          .where(inArray(countries.iso3, ids('country')))
      : [],
    ids('organisation').length
      ? db
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(inArray(organisations.id, ids('organisation')))
      : [],
  ]);
  const names = new Map<string, Translated>();
  for (const r of regionNames) names.set(`region:${r.id}`, r.name);
  for (const c of countryNames) names.set(`country:${c.id}`, c.name);
  for (const o of orgNames) names.set(`organisation:${o.id}`, o.name);
  const roles: RoleLine[] = assigned.map((a) => ({
    role: a.role,
    scopeType: a.scopeType,
    scopeId: a.scopeId,
    scopeName: names.get(`${a.scopeType}:${a.scopeId}`) ?? null,
  }));
  return { user, roles, organisations: memberships };
}
