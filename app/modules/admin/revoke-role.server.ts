import { and, eq } from 'drizzle-orm';
import { organisationMembers, roleAssignments, users } from '#db/schema/index';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Db, DbOrTx } from '~/platform/db.server';
import { AppError, notFound } from '~/platform/errors';
import { normaliseRoleTarget, type RoleTarget } from './assign-role.server';
import { ensureAnotherAdmin } from './last-admin.server';
import { isOrganisationRole, membershipRoleOf } from './roles';

/**
 * Takes a role away. Administrators cannot remove their own administrator role (another
 * administrator must), and the platform always keeps at least one enabled administrator.
 */
export async function revokeRole(
  options: RoleTarget & { db: DbOrTx; actorId: string | null; userId: string; requestId?: string },
): Promise<void> {
  const { actorId, userId, requestId } = options;
  const target = normaliseRoleTarget(options);
  if (target.role === 'admin' && actorId === userId) throw new AppError('cannotRevokeOwnAdmin', 409);
  await (options.db as Db).transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.id, userId))
      .for('update')
      .limit(1);
    if (!user) throw notFound();
    if (target.role === 'admin') await ensureAnotherAdmin(tx, userId);

    let removed = 0;
    if (isOrganisationRole(target.role)) {
      const deleted = await tx
        .delete(organisationMembers)
        .where(
          and(
            eq(organisationMembers.organisationId, target.scopeId),
            eq(organisationMembers.userId, userId),
            eq(organisationMembers.role, membershipRoleOf[target.role]),
          ),
        )
        .returning({ userId: organisationMembers.userId });
      removed += deleted.length;
    }
    // Organisation roles may also exist as assignment rows (written by seeds and older data).
    const deleted = await tx
      .delete(roleAssignments)
      .where(
        and(
          eq(roleAssignments.userId, userId),
          eq(roleAssignments.role, target.role),
          eq(roleAssignments.scopeType, target.scopeType),
          eq(roleAssignments.scopeId, target.scopeId),
        ),
      )
      .returning({ id: roleAssignments.id });
    removed += deleted.length;
    if (removed === 0) throw new AppError('roleNotHeld', 409);

    await recordAudit(tx, {
      actorId,
      action: 'role.revoke',
      entityType: 'user',
      entityId: userId,
      before: { role: target.role, scopeType: target.scopeType, scopeId: target.scopeId },
      after: null,
      requestId,
    });
  });
}
