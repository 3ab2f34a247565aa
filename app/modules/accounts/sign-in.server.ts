import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { hit, limits, peek, resetLimit, retryMinutes } from '~/platform/rate-limit.server';
import { verifyPassword } from './password.server';
import { findUserByEmail, rateKeys } from './users.server';

const locked = (seconds: number) => new AppError('tooManyAttempts', 429, { minutes: retryMinutes(seconds) });

/**
 * Checks an e-mail and password. Limits: attempts per IP address, and failed attempts per
 * e-mail address (counted whether or not an account exists, so a locked address says nothing
 * about its owner). Throws tooManyAttempts (429), invalidCredentials (400), and — only after the
 * right password — emailNotVerified (403) or accountDisabled (403).
 */
export async function signIn(options: { email: string; password: string; clientIp: string; now?: Date }) {
  const { now } = options;
  const byIp = await hit(rateKeys.ip('sign-in', options.clientIp), { ...limits.signInPerIp, now });
  if (!byIp.allowed) throw locked(byIp.retryAfterSeconds);
  const failuresKey = rateKeys.email('sign-in-failures', options.email);
  const failures = await peek(failuresKey, { ...limits.signInFailuresPerEmail, now });
  if (!failures.allowed) throw locked(failures.retryAfterSeconds);

  const user = await findUserByEmail(getDb(), options.email);
  // Always runs argon2 (against a dummy hash when there is no account) so timing reveals nothing.
  const ok = await verifyPassword(user?.passwordHash ?? null, options.password);
  if (!user || !ok) {
    const after = await hit(failuresKey, { ...limits.signInFailuresPerEmail, now });
    if (after.count >= limits.signInFailuresPerEmail.limit) {
      const state = await peek(failuresKey, { ...limits.signInFailuresPerEmail, now });
      throw locked(state.retryAfterSeconds);
    }
    throw new AppError('invalidCredentials', 400);
  }
  if (user.disabledAt) throw new AppError('accountDisabled', 403);
  if (!user.emailVerifiedAt) throw new AppError('emailNotVerified', 403);
  await resetLimit(failuresKey);
  return { userId: user.id, locale: user.locale };
}
