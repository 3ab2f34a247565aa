import { and, eq, isNull } from 'drizzle-orm';
import { sessions, users } from '#db/schema/index';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { hashPassword } from './password.server';
import { consumeToken, peekToken } from './tokens.server';

/**
 * The invited person chooses their name and password. The invitation reached their address,
 * so it counts as verified. The caller then signs them in.
 */
export async function acceptInvite(options: {
  token: string;
  name: string;
  password: string;
  requestId?: string;
}) {
  const passwordHash = await hashPassword(options.password);
  return getDb().transaction(async (tx) => {
    const userId = await consumeToken(tx, { token: options.token, purpose: 'invite' });
    if (!userId) throw new AppError('tokenInvalid', 400);
    const [before] = await tx.select().from(users).where(eq(users.id, userId)).limit(1);
    const [after] = await tx
      .update(users)
      .set({ name: options.name.trim(), passwordHash, emailVerifiedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(users.id, userId), isNull(users.disabledAt)))
      .returning();
    if (!before || !after) throw new AppError('tokenInvalid', 400);
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await recordAudit(tx, {
      actorId: userId,
      action: 'account.accept-invite',
      entityType: 'user',
      entityId: userId,
      before: { name: before.name, emailVerifiedAt: before.emailVerifiedAt },
      after: { name: after.name, emailVerifiedAt: after.emailVerifiedAt },
      requestId: options.requestId,
    });
    return { userId, locale: after.locale };
  });
}

/** Who an invitation link is for (to show the form), or null when the link cannot be used. */
export async function invitationFor(token: string) {
  if (!token) return null;
  const db = getDb();
  const userId = await peekToken(db, { token, purpose: 'invite' });
  if (!userId) return null;
  const [user] = await db
    .select({ email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.disabledAt)))
    .limit(1);
  return user ?? null;
}
