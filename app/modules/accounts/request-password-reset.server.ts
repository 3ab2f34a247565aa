import { getDb } from '~/platform/platform.server';
import { limitAccountMail } from './limit-account-mail.server';
import { deliver, mailTemplates } from './mail-templates.server';
import { issueToken } from './tokens.server';
import { findUserByEmail } from './users.server';

/**
 * Mails a one-hour, single-use reset link when the address belongs to an enabled account.
 * The caller always answers the same way; per address at most a few mails an hour are sent.
 */
export async function requestPasswordReset(options: {
  email: string;
  baseUrl: string;
  clientIp: string;
}): Promise<void> {
  if (!(await limitAccountMail({ clientIp: options.clientIp, email: options.email, kind: 'reset' }))) return;
  const db = getDb();
  const user = await findUserByEmail(db, options.email);
  if (!user || user.disabledAt) return;
  const token = await issueToken(db, { userId: user.id, purpose: 'reset_password' });
  await deliver(mailTemplates.resetPassword(user, { baseUrl: options.baseUrl, token }));
}
