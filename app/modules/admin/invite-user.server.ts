import { users } from '#db/schema/index';
import { mailTemplates } from '~/modules/accounts/mail-templates.server';
import { issueToken } from '~/modules/accounts/tokens.server';
import { findUserByEmail, normaliseEmail } from '~/modules/accounts/users.server';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { ScopeType } from '~/permissions/matrix';
import type { Db } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import type { Locale } from '~/platform/i18n/locales';
import type { Mailer } from '~/platform/mailer.server';
import { assignRole, normaliseRoleTarget } from './assign-role.server';

export interface InviteUserOptions {
  db: Db;
  mailer: Pick<Mailer, 'send'>;
  actorId: string | null;
  /** Shown in the e-mail as who sent the invitation. */
  actorName?: string;
  email: string;
  name: string;
  /** The language of the e-mail and of the account. */
  locale: Locale;
  /** An optional first role, scoped like any other assignment. */
  role?: string;
  scopeType?: ScopeType;
  scopeId?: string;
  /** PUBLIC_URL or the request origin: the link in the e-mail starts with it. */
  baseUrl: string;
  requestId?: string;
}

function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}

/**
 * Creates an account without a password, issues an invitation token and e-mails the link to
 * /{lang}/accept-invite in the invitee's language. An address that already has an account is
 * refused. The mail is sent last inside the transaction, so a failed send leaves no half-made user.
 */
export async function inviteUser(options: InviteUserOptions): Promise<{ userId: string; token: string }> {
  const { db, mailer, actorId, locale, requestId } = options;
  const email = normaliseEmail(options.email);
  const name = options.name.trim();
  const role = options.role
    ? normaliseRoleTarget({ role: options.role, scopeType: options.scopeType, scopeId: options.scopeId })
    : undefined;
  try {
    return await db.transaction(async (tx) => {
      if (await findUserByEmail(tx, email)) throw new AppError('emailAlreadyRegistered', 409);
      const [user] = await tx
        .insert(users)
        .values({ email, name, locale, passwordHash: null, emailVerifiedAt: null })
        .returning({ id: users.id });
      const userId = user!.id;
      await recordAudit(tx, {
        actorId,
        action: 'user.invite',
        entityType: 'user',
        entityId: userId,
        before: null,
        after: { email, name, locale },
        requestId,
      });
      if (role) await assignRole({ db: tx, actorId, userId, ...role, requestId });

      const token = await issueToken(tx, { userId, purpose: 'invite' });
      await mailer.send(
        mailTemplates.invite(
          { email, name, locale },
          { baseUrl: options.baseUrl.replace(/\/+$/, ''), token, inviterName: options.actorName },
        ),
      );
      return { userId, token };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('emailAlreadyRegistered', 409);
    throw error;
  }
}
