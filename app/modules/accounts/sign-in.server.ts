import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import {
  hit,
  limits,
  recordFailure,
  resetLimit,
  retryMinutes,
  slowdowns,
  slowdownWait,
} from '~/platform/rate-limit.server';
import { verifyPassword } from './password.server';
import { findUserByEmail, rateKeys } from './users.server';

/** The neutral "wait" answer: seconds under a minute, else minutes; says nothing about the account. */
function waitError(ms: number): AppError {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds < 60
    ? new AppError('signInWait', 429, { seconds })
    : new AppError('tooManyAttempts', 429, { minutes: retryMinutes(seconds) });
}

/**
 * Checks an e-mail and password. Wrong passwords slow further attempts down (growing delays per
 * account from one address, per account from anywhere, per address) instead of locking an account
 * for everyone; see `slowdowns`. The counters exist whether or not an account does, so the answers
 * say nothing about its owner. While a delay runs the password is not checked. Throws signInWait or
 * tooManyAttempts (429), invalidCredentials (400), and — only after the right password —
 * emailNotVerified (403) or accountDisabled (403).
 */
export async function signIn(options: { email: string; password: string; clientIp: string; now?: Date }) {
  const { now } = options;
  const byIp = await hit(rateKeys.ip('sign-in', options.clientIp), { ...limits.signInPerIp, now });
  if (!byIp.allowed)
    throw new AppError('tooManyAttempts', 429, { minutes: retryMinutes(byIp.retryAfterSeconds) });
  const counters = [
    {
      key: rateKeys.email(`sign-in-failures-from:${options.clientIp}`, options.email),
      policy: slowdowns.signInPerAccountFromIp,
    },
    { key: rateKeys.email('sign-in-failures', options.email), policy: slowdowns.signInPerAccount },
    { key: rateKeys.ip('sign-in-failures', options.clientIp), policy: slowdowns.signInPerIp },
  ];
  const waits = await Promise.all(counters.map((c) => slowdownWait(c.key, c.policy, { now })));
  const wait = Math.max(...waits);
  if (wait > 0) throw waitError(wait);

  const user = await findUserByEmail(getDb(), options.email);
  // Always runs argon2 (against a dummy hash when there is no account) so timing reveals nothing.
  const ok = await verifyPassword(user?.passwordHash ?? null, options.password);
  if (!user || !ok) {
    for (const c of counters) await recordFailure(c.key, c.policy, { now });
    throw new AppError('invalidCredentials', 400);
  }
  if (user.disabledAt) throw new AppError('accountDisabled', 403);
  if (!user.emailVerifiedAt) throw new AppError('emailNotVerified', 403);
  // The account's own counters; the address's stays (others share it).
  await resetLimit(counters[0]!.key);
  await resetLimit(counters[1]!.key);
  return { userId: user.id, locale: user.locale };
}
