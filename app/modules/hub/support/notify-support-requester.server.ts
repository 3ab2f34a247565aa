import { mailContactOf } from '~/modules/accounts/users.server';
import type { SupportRequestRow } from '~/modules/pledges/support/support-records.server';
import type { DbOrTx } from '~/platform/db.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { enqueueMail } from '~/platform/jobs/mail.server';

/**
 * Tells the person who asked that the secretariat moved their request (accepted, asked for detail,
 * declined, assigned, closed), in their language, with the note and a link to the request's timeline,
 * by queued mail in the caller's transaction. Nobody to tell (account gone or disabled) → null.
 */
export async function notifySupportRequester(options: {
  db: DbOrTx;
  request: SupportRequestRow;
  note: string | null;
  baseUrl: string;
}): Promise<number | null> {
  const { db, request } = options;
  if (!request.requesterId) return null;
  const requester = await mailContactOf(db, request.requesterId);
  if (!requester) return null;
  const i18n = serverI18n(requester.locale, requester.digits);
  const topic = i18n.pick(request.topic).text || i18n.pick(request.description).text.slice(0, 80);
  const status = i18n.t(`pledges-support.status.${request.status}`);
  const link = `${options.baseUrl.replace(/\/+$/, '')}/${requester.locale}/hub/support/${request.id}`;
  return enqueueMail({
    db,
    to: requester.email,
    subject: i18n.t('hub-support.mail.subject', { topic }),
    text: [
      i18n.t('hub-support.mail.body', { topic, status }),
      options.note ?? '',
      `${i18n.t('hub-support.mail.link')} ${link}`,
    ]
      .filter(Boolean)
      .join('\n\n'),
    dedupeKey: `support-triage:${request.id}:${request.version}`,
  });
}
