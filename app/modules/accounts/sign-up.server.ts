import { users } from '#db/schema/index';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { AppError } from '~/platform/errors';
import type { Locale } from '~/platform/i18n/locales';
import { getDb } from '~/platform/platform.server';
import { hit, limits, retryMinutes } from '~/platform/rate-limit.server';
import { deliver, mailTemplates } from './mail-templates.server';
import { hashPassword } from './password.server';
import { issueToken } from './tokens.server';
import { findUserByEmail, normaliseEmail, rateKeys } from './users.server';

export interface SignUpOptions {
  name: string;
  email: string;
  password: string;
  /** The language of the page: the new account's interface and e-mail language. */
  locale: Locale;
  baseUrl: string;
  clientIp: string;
  requestId?: string;
}

/**
 * Creates an unverified account and mails a verification link. When the address is already
 * taken, nothing changes and that address is told someone tried to sign up with it; the caller
 * answers both cases identically so the form cannot be used to discover who has an account.
 */
export async function signUp(options: SignUpOptions): Promise<{ outcome: 'created' | 'existing' }> {
  const limit = await hit(rateKeys.ip('sign-up', options.clientIp), limits.signUpPerIp);
  if (!limit.allowed)
    throw new AppError('tooManyAttempts', 429, { minutes: retryMinutes(limit.retryAfterSeconds) });

  const db = getDb();
  const email = normaliseEmail(options.email);
  // Hash in both cases so the answer takes as long whether or not the address is known.
  const passwordHash = await hashPassword(options.password);
  const created = await db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email, name: options.name.trim(), passwordHash, locale: options.locale, digits: 'arab' })
      .onConflictDoNothing()
      .returning();
    if (!user) return null;
    const token = await issueToken(tx, { userId: user.id, purpose: 'verify_email' });
    await recordAudit(tx, {
      actorId: user.id,
      action: 'account.sign-up',
      entityType: 'user',
      entityId: user.id,
      after: { id: user.id, name: user.name, locale: user.locale },
      requestId: options.requestId,
    });
    return { user, token };
  });

  if (created) {
    await deliver(
      mailTemplates.verifyEmail(created.user, { baseUrl: options.baseUrl, token: created.token }),
    );
    return { outcome: 'created' };
  }
  const existing = await findUserByEmail(db, email);
  if (existing && !existing.disabledAt) {
    await deliver(mailTemplates.signUpAttempt(existing, { baseUrl: options.baseUrl }));
  }
  return { outcome: 'existing' };
}
