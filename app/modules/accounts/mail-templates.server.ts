import { serverI18n } from '~/platform/i18n/catalog.server';
import type { Digits, Locale } from '~/platform/i18n/locales';
import { logger } from '~/platform/logger.server';
import type { MailMessage } from '~/platform/mailer.server';
import { getPlatform } from '~/platform/platform.server';
import { siteLink } from './links.server';
import { tokenLifetimes } from './tokens.server';

/** The person a message goes to, in the language and digits they chose. */
export interface Recipient {
  email: string;
  name: string;
  locale: Locale;
  digits?: Digits;
}

type Template = Omit<MailMessage, 'to'>;

function compose(to: Recipient, key: string, values: Record<string, string | number>): MailMessage {
  const i18n = serverI18n(to.locale, to.digits ?? 'arab');
  const body = [
    i18n.t('accounts.mail.greeting', { name: to.name }),
    '',
    i18n.t(`accounts.mail.${key}.body`, values),
    '',
    i18n.t('accounts.mail.signature'),
  ].join('\n');
  const template: Template = { subject: i18n.t(`accounts.mail.${key}.subject`), text: body };
  return { to: to.email, ...template };
}

const hours = (ms: number) => Math.round(ms / 3600_000);

export const mailTemplates = {
  verifyEmail(to: Recipient, options: { baseUrl: string; token: string }) {
    const link = siteLink(options.baseUrl, to.locale, '/verify-email', { token: options.token });
    return compose(to, 'verify', { link, hours: hours(tokenLifetimes.verify_email) });
  },
  /** Someone used this address to sign up again: the account already exists. */
  signUpAttempt(to: Recipient, options: { baseUrl: string }) {
    return compose(to, 'signUpAttempt', {
      signInLink: siteLink(options.baseUrl, to.locale, '/sign-in'),
      resetLink: siteLink(options.baseUrl, to.locale, '/forgot-password'),
    });
  },
  resetPassword(to: Recipient, options: { baseUrl: string; token: string }) {
    const link = siteLink(options.baseUrl, to.locale, '/reset-password', { token: options.token });
    return compose(to, 'reset', { link, minutes: Math.round(tokenLifetimes.reset_password / 60_000) });
  },
  /** For the administration area: the invitation link of a user created with no password. */
  invite(to: Recipient, options: { baseUrl: string; token: string; inviterName?: string }) {
    const link = siteLink(options.baseUrl, to.locale, '/accept-invite', { token: options.token });
    return compose(to, 'invite', {
      link,
      days: Math.round(tokenLifetimes.invite / 86_400_000),
      inviter: options.inviterName ?? '',
    });
  },
  passwordChanged(to: Recipient, options: { baseUrl: string }) {
    return compose(to, 'passwordChanged', {
      resetLink: siteLink(options.baseUrl, to.locale, '/forgot-password'),
    });
  },
};

/**
 * Sends and never throws: a mail failure is logged, not shown, so the answer a visitor sees does
 * not depend on whether an account exists or the mail server is up. Returns whether it was sent.
 */
export async function deliver(message: MailMessage): Promise<boolean> {
  try {
    await getPlatform().mailer.send(message);
    return true;
  } catch (error) {
    logger.error({ err: error, subject: message.subject }, 'mail could not be sent');
    return false;
  }
}
