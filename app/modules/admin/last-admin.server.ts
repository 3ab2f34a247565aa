import { and, eq, isNull, ne } from 'drizzle-orm';
import { roleAssignments, users } from '#db/schema/index';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';

/**
 * Refuses a change that would leave the platform without an enabled administrator. The admin
 * assignments are locked first so two administrators removing each other at once are serialised.
 */
export async function ensureAnotherAdmin(tx: DbOrTx, userId: string): Promise<void> {
  await tx
    .select({ id: roleAssignments.id })
    .from(roleAssignments)
    .where(eq(roleAssignments.role, 'admin'))
    .for('update');
  const others = await tx
    .select({ id: roleAssignments.id })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(eq(roleAssignments.role, 'admin'), ne(roleAssignments.userId, userId), isNull(users.disabledAt)),
    )
    .limit(1);
  if (others.length === 0) throw new AppError('lastPlatformAdmin', 409);
}

export async function holdsAdminRole(tx: DbOrTx, userId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: roleAssignments.id })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.role, 'admin'), eq(roleAssignments.userId, userId)))
    .limit(1);
  return rows.length > 0;
}
