import { and, eq, isNull, sql } from 'drizzle-orm';
import { users } from '#db/schema/index';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { consumeToken } from './tokens.server';

/**
 * Uses a verification link: marks the address verified and returns the user to sign in.
 * An unknown, used or expired link (or a disabled account) throws tokenInvalid.
 */
export async function verifyEmail(options: {
  token: string;
  requestId?: string;
}): Promise<{ userId: string }> {
  return getDb().transaction(async (tx) => {
    const userId = await consumeToken(tx, { token: options.token, purpose: 'verify_email' });
    if (!userId) throw new AppError('tokenInvalid', 400);
    const [user] = await tx
      .update(users)
      .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
      .where(and(eq(users.id, userId), isNull(users.disabledAt)))
      .returning({ id: users.id, emailVerifiedAt: users.emailVerifiedAt });
    if (!user) throw new AppError('tokenInvalid', 400);
    await recordAudit(tx, {
      actorId: user.id,
      action: 'account.verify-email',
      entityType: 'user',
      entityId: user.id,
      after: { emailVerifiedAt: user.emailVerifiedAt },
      requestId: options.requestId,
    });
    return { userId: user.id };
  });
}
