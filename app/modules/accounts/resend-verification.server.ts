import { getDb } from '~/platform/platform.server';
import { limitAccountMail } from './limit-account-mail.server';
import { deliver, mailTemplates } from './mail-templates.server';
import { issueToken } from './tokens.server';
import { findUserByEmail } from './users.server';

/**
 * Sends a new verification link when the address belongs to an unverified, enabled account.
 * The caller always answers the same way; per address at most a few mails an hour are sent.
 */
export async function resendVerification(options: {
  email: string;
  baseUrl: string;
  clientIp: string;
}): Promise<void> {
  if (!(await limitAccountMail({ clientIp: options.clientIp, email: options.email, kind: 'verify' }))) return;
  const db = getDb();
  const user = await findUserByEmail(db, options.email);
  if (!user || user.emailVerifiedAt || user.disabledAt || !user.passwordHash) return;
  const token = await issueToken(db, { userId: user.id, purpose: 'verify_email' });
  await deliver(mailTemplates.verifyEmail(user, { baseUrl: options.baseUrl, token }));
}
