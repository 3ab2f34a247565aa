import { and, eq, isNull, sql } from 'drizzle-orm';
import { sessions, users } from '#db/schema/index';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { resetLimit } from '~/platform/rate-limit.server';
import { hashPassword } from './password.server';
import { consumeToken } from './tokens.server';
import { rateKeys } from './users.server';

/**
 * Sets a new password from a reset link: the link is used up, every session of the user ends,
 * the address counts as verified (the link reached it) and the sign-in lock is lifted.
 * The caller then signs the user in with a new session.
 */
export async function resetPassword(options: { token: string; password: string; requestId?: string }) {
  const passwordHash = await hashPassword(options.password);
  const user = await getDb().transaction(async (tx) => {
    const userId = await consumeToken(tx, { token: options.token, purpose: 'reset_password' });
    if (!userId) throw new AppError('tokenInvalid', 400);
    const [updated] = await tx
      .update(users)
      .set({
        passwordHash,
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`,
        updatedAt: new Date(),
      })
      .where(and(eq(users.id, userId), isNull(users.disabledAt)))
      .returning({ id: users.id, email: users.email, locale: users.locale });
    if (!updated) throw new AppError('tokenInvalid', 400);
    await tx.delete(sessions).where(eq(sessions.userId, updated.id));
    await recordAudit(tx, {
      actorId: updated.id,
      action: 'account.password-reset',
      entityType: 'user',
      entityId: updated.id,
      requestId: options.requestId,
    });
    return updated;
  });
  await resetLimit(rateKeys.email('sign-in-failures', user.email));
  return { userId: user.id, locale: user.locale };
}
