import type { Translated } from '#db/schema/columns';
import type { DbOrTx } from '~/platform/db.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import type { Digits, Locale } from '~/platform/i18n/locales';
import { enqueueMail } from '~/platform/jobs/mail.server';

/** Someone a review mail goes to, in the language and digits they chose. */
export interface MailRecipient {
  email: string;
  name: string;
  locale: Locale;
  digits: Digits;
}

/** An absolute link to a review page in the recipient's language. */
export const reviewLink = (baseUrl: string, locale: Locale, path: string) =>
  `${baseUrl.replace(/\/+$/, '')}/${locale}${path}`;

/**
 * Queues one review mail (reviews-edit.mail.<key>.subject/body) in the recipient's language, inside
 * the caller's transaction so it goes out only if the change commits. `title` is the review's title;
 * the recipient reads it in their language, or the other one.
 */
export async function queueReviewMail(options: {
  db: DbOrTx;
  to: MailRecipient;
  key: string;
  title: Translated;
  values?: Record<string, string | number>;
  /** Appended after the body under a heading, e.g. the secretariat's comment. */
  comment?: string | null;
  dedupeKey?: string;
}) {
  const { to } = options;
  const i18n = serverI18n(to.locale, to.digits);
  const values = { ...options.values, title: i18n.pick(options.title).text };
  const comment = options.comment?.trim();
  const text = [
    i18n.t('accounts.mail.greeting', { name: to.name }),
    i18n.t(`reviews-edit.mail.${options.key}.body`, values),
    comment ? `${i18n.t('reviews-edit.mail.comment')}\n${comment}` : '',
    i18n.t('accounts.mail.signature'),
  ]
    .filter(Boolean)
    .join('\n\n');
  return enqueueMail({
    db: options.db,
    to: to.email,
    subject: i18n.t(`reviews-edit.mail.${options.key}.subject`, values),
    text,
    dedupeKey: options.dedupeKey,
  });
}
