import { eq } from 'drizzle-orm';
import { sessions, users } from '#db/schema/index';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Db, DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { updateVersioned } from '~/platform/versioning.server';
import { ensureAnotherAdmin, holdsAdminRole } from './last-admin.server';

/**
 * Disables or re-enables an account. Disabling signs the user out everywhere (their sessions are
 * deleted); nobody can disable their own account or the last enabled administrator.
 */
export async function setUserDisabled(options: {
  db: DbOrTx;
  actorId: string | null;
  userId: string;
  disabled: boolean;
  expectedVersion: number;
  requestId?: string;
}): Promise<void> {
  const { actorId, userId, disabled, expectedVersion, requestId } = options;
  if (disabled && actorId === userId) throw new AppError('cannotDisableSelf', 409);
  await (options.db as Db).transaction(async (tx) => {
    if (disabled && (await holdsAdminRole(tx, userId))) await ensureAnotherAdmin(tx, userId);
    const { before, after } = await updateVersioned({
      db: tx,
      table: users,
      where: eq(users.id, userId),
      expectedVersion,
      set: { disabledAt: disabled ? new Date() : null },
    });
    if (disabled) await tx.delete(sessions).where(eq(sessions.userId, userId));
    await recordAudit(tx, {
      actorId,
      action: disabled ? 'user.disable' : 'user.enable',
      entityType: 'user',
      entityId: userId,
      before: { disabledAt: before.disabledAt, version: before.version },
      after: { disabledAt: after.disabledAt, version: after.version },
      requestId,
    });
  });
}
