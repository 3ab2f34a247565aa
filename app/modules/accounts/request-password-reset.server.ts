import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { hit, limits, retryMinutes } from '~/platform/rate-limit.server';
import { deliver, mailTemplates } from './mail-templates.server';
import { issueToken } from './tokens.server';
import { findUserByEmail, rateKeys } from './users.server';

/**
 * Mails a one-hour, single-use reset link when the address belongs to an enabled account.
 * The caller always answers the same way; per address at most a few mails an hour are sent.
 */
export async function requestPasswordReset(options: {
  email: string;
  baseUrl: string;
  clientIp: string;
}): Promise<void> {
  const byIp = await hit(rateKeys.ip('mail', options.clientIp), limits.mailPerIp);
  if (!byIp.allowed)
    throw new AppError('tooManyAttempts', 429, { minutes: retryMinutes(byIp.retryAfterSeconds) });
  const byEmail = await hit(rateKeys.email('mail-reset', options.email), limits.mailPerEmail);
  if (!byEmail.allowed) return;
  const db = getDb();
  const user = await findUserByEmail(db, options.email);
  if (!user || user.disabledAt) return;
  const token = await issueToken(db, { userId: user.id, purpose: 'reset_password' });
  await deliver(mailTemplates.resetPassword(user, { baseUrl: options.baseUrl, token }));
}
