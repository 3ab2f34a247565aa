import { and, asc, count, eq, exists, ilike, or, type SQL, sql } from 'drizzle-orm';
import { organisationMembers, roleAssignments, users } from '#db/schema/index';
import type { AssignableRole } from '~/permissions/matrix';
import type { DbOrTx } from '~/platform/db.server';
import { isOrganisationRole, likePattern, membershipRoleOf, type RoleHeld } from './roles';
import { rolesHeldBy } from './roles-held.server';

export const usersPageSize = 25;

export interface ListUsersOptions {
  db: DbOrTx;
  /** Matched against name and e-mail, case-insensitively. */
  q?: string;
  role?: AssignableRole;
  limit?: number;
  offset?: number;
}

export interface UserListRow {
  id: string;
  email: string;
  name: string;
  disabled: boolean;
  invitePending: boolean;
  roles: RoleHeld[];
}

function holdsRole(db: DbOrTx, role: AssignableRole): SQL {
  if (isOrganisationRole(role)) {
    return exists(
      db
        .select({ one: sql`1` })
        .from(organisationMembers)
        .where(
          and(eq(organisationMembers.userId, users.id), eq(organisationMembers.role, membershipRoleOf[role])),
        ),
    );
  }
  return exists(
    db
      .select({ one: sql`1` })
      .from(roleAssignments)
      .where(and(eq(roleAssignments.userId, users.id), eq(roleAssignments.role, role))),
  );
}

/** Users for the administration list: search, role filter, one page at a time, with their roles. */
export async function listUsers(options: ListUsersOptions): Promise<{ rows: UserListRow[]; total: number }> {
  const { db, role, limit = usersPageSize, offset = 0 } = options;
  const q = options.q?.trim();
  const conditions: SQL[] = [];
  if (q) conditions.push(or(ilike(users.name, likePattern(q)), ilike(users.email, likePattern(q)))!);
  if (role) conditions.push(holdsRole(db, role));
  const where = conditions.length ? and(...conditions) : undefined;

  const page = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      disabled: sql<boolean>`${users.disabledAt} is not null`,
      invitePending: sql<boolean>`${users.passwordHash} is null`,
    })
    .from(users)
    .where(where)
    .orderBy(asc(sql`lower(${users.name})`), asc(users.id))
    .limit(limit)
    .offset(offset);
  const [totalRow] = await db.select({ total: count() }).from(users).where(where);
  const roles = await rolesHeldBy(
    db,
    page.map((u) => u.id),
  );
  return {
    rows: page.map((u) => ({ ...u, roles: roles.get(u.id) ?? [] })),
    total: Number(totalRow?.total ?? 0),
  };
}
