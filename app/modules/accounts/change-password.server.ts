import { and, eq, ne } from 'drizzle-orm';
import { sessions, users } from '#db/schema/index';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { hit, limits, peek, resetLimit, retryMinutes } from '~/platform/rate-limit.server';
import { deliver, mailTemplates } from './mail-templates.server';
import { hashPassword, verifyPassword } from './password.server';
import { rateKeys } from './users.server';

/**
 * Changes the password of a signed-in user who knows the current one. Every other session of
 * the user ends (the one making the change, named by `keepSessionHash`, stays) and the user is
 * told by e-mail. Wrong current passwords count like failed sign-ins.
 */
export async function changePassword(options: {
  userId: string;
  currentPassword: string;
  newPassword: string;
  keepSessionHash?: string;
  baseUrl: string;
  requestId?: string;
}) {
  const key = rateKeys.user('password-change-failures', options.userId);
  const state = await peek(key, limits.passwordChangeFailuresPerUser);
  if (!state.allowed)
    throw new AppError('tooManyAttempts', 429, { minutes: retryMinutes(state.retryAfterSeconds) });
  const db = getDb();
  const [user] = await db.select().from(users).where(eq(users.id, options.userId)).limit(1);
  if (!user) throw new AppError('notFound', 404);
  if (!(await verifyPassword(user.passwordHash, options.currentPassword))) {
    await hit(key, limits.passwordChangeFailuresPerUser);
    throw new AppError('wrongCurrentPassword', 400);
  }
  await resetLimit(key);
  const passwordHash = await hashPassword(options.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, user.id));
    await tx
      .delete(sessions)
      .where(
        options.keepSessionHash
          ? and(eq(sessions.userId, user.id), ne(sessions.idHash, options.keepSessionHash))
          : eq(sessions.userId, user.id),
      );
    await recordAudit(tx, {
      actorId: user.id,
      action: 'account.password-change',
      entityType: 'user',
      entityId: user.id,
      requestId: options.requestId,
    });
  });
  await deliver(mailTemplates.passwordChanged(user, { baseUrl: options.baseUrl }));
}
