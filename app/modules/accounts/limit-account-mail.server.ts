import { AppError } from '~/platform/errors';
import { hit, limits, retryMinutes } from '~/platform/rate-limit.server';
import { rateKeys } from './users.server';

/**
 * Public "mail me a link" forms: too many requests from one address answer 429; too many mails to
 * one e-mail address are dropped silently (returns false), so the answer never reveals an account.
 */
export async function limitAccountMail(options: {
  clientIp: string;
  email: string;
  kind: string;
}): Promise<boolean> {
  const byIp = await hit(rateKeys.ip('mail', options.clientIp), limits.mailPerIp);
  if (!byIp.allowed)
    throw new AppError('tooManyAttempts', 429, { minutes: retryMinutes(byIp.retryAfterSeconds) });
  const byEmail = await hit(rateKeys.email(`mail-${options.kind}`, options.email), limits.mailPerEmail);
  return byEmail.allowed;
}
