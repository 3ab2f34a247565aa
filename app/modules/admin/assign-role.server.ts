import { and, eq } from 'drizzle-orm';
import { organisationMembers, roleAssignments, users } from '#db/schema/index';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { type AssignableRole, roleScope, type ScopeType } from '~/permissions/matrix';
import type { Db, DbOrTx } from '~/platform/db.server';
import { AppError, notFound } from '~/platform/errors';
import { isAssignableRole, isOrganisationRole, membershipRoleOf } from './roles';
import { scopeExists } from './scopes.server';

export interface RoleTarget {
  role: string;
  /** When the form names the scope type, it must be the one the role is scoped by. */
  scopeType?: ScopeType;
  scopeId?: string;
}

/** Checks a role and its scope and returns them normalised; throws a coded AppError otherwise. */
export function normaliseRoleTarget(target: RoleTarget): {
  role: AssignableRole;
  scopeType: ScopeType;
  scopeId: string;
} {
  if (!isAssignableRole(target.role)) throw new AppError('invalidChoice', 400);
  const scopeType = roleScope[target.role];
  const scopeId = target.scopeId?.trim() ?? '';
  if (target.scopeType && target.scopeType !== scopeType) throw new AppError('scopeMismatch', 400);
  if (scopeType === 'global' && scopeId !== '') throw new AppError('scopeMismatch', 400);
  if (scopeType !== 'global' && scopeId === '') throw new AppError('scopeRequired', 400);
  return { role: target.role, scopeType, scopeId };
}

/**
 * Gives a user a role. Scoped roles must name an existing region, country or organisation of
 * the right kind; organisation roles are memberships (a member can be promoted to admin and back).
 * A role the user already holds is refused with roleAlreadyHeld.
 */
export async function assignRole(
  options: RoleTarget & { db: DbOrTx; actorId: string | null; userId: string; requestId?: string },
): Promise<void> {
  const { actorId, userId, requestId } = options;
  const target = normaliseRoleTarget(options);
  await (options.db as Db).transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.id, userId))
      .for('update')
      .limit(1);
    if (!user) throw notFound();
    if (!(await scopeExists(tx, target.scopeType, target.scopeId))) throw new AppError('scopeNotFound', 400);

    let before: unknown = null;
    if (isOrganisationRole(target.role)) {
      const wanted = membershipRoleOf[target.role];
      const [current] = await tx
        .select({ role: organisationMembers.role })
        .from(organisationMembers)
        .where(
          and(eq(organisationMembers.organisationId, target.scopeId), eq(organisationMembers.userId, userId)),
        )
        .for('update');
      if (current?.role === wanted) throw new AppError('roleAlreadyHeld', 409);
      if (current) {
        before = {
          role: current.role === 'admin' ? 'organisation_admin' : 'organisation_member',
          ...scopeOf(target),
        };
        await tx
          .update(organisationMembers)
          .set({ role: wanted })
          .where(
            and(
              eq(organisationMembers.organisationId, target.scopeId),
              eq(organisationMembers.userId, userId),
            ),
          );
      } else {
        await tx.insert(organisationMembers).values({ organisationId: target.scopeId, userId, role: wanted });
      }
    } else {
      const inserted = await tx
        .insert(roleAssignments)
        .values({
          userId,
          role: target.role,
          scopeType: target.scopeType,
          scopeId: target.scopeId,
          grantedBy: actorId,
        })
        .onConflictDoNothing()
        .returning({ id: roleAssignments.id });
      if (inserted.length === 0) throw new AppError('roleAlreadyHeld', 409);
    }

    await recordAudit(tx, {
      actorId,
      action: 'role.assign',
      entityType: 'user',
      entityId: userId,
      before,
      after: { role: target.role, ...scopeOf(target) },
      requestId,
    });
  });
}

function scopeOf(target: { scopeType: ScopeType; scopeId: string }) {
  return { scopeType: target.scopeType, scopeId: target.scopeId };
}
