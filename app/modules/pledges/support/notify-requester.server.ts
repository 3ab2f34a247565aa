import { eq } from 'drizzle-orm';
import { pledges } from '#db/schema/pledges';
import { mailContactOf } from '~/modules/accounts/users.server';
import type { DbOrTx } from '~/platform/db.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { enqueueMail } from '~/platform/jobs/mail.server';
import type { SupportRequestRow } from './support-records.server';

/**
 * Tells the user who asked for support that the secretariat answered or moved the request, in
 * their language, with the reply and a link to the pledge page (where the answer is kept), by
 * queued mail in the caller's transaction.
 * Nobody to tell (account gone or disabled) → null.
 */
export async function notifyRequester(options: {
  db: DbOrTx;
  request: SupportRequestRow;
  baseUrl: string;
}): Promise<number | null> {
  const { db, request } = options;
  if (!request.requesterId) return null;
  const requester = await mailContactOf(db, request.requesterId);
  if (!requester) return null;
  const [pledge] = await db
    .select({ title: pledges.title })
    .from(pledges)
    .where(eq(pledges.id, request.subjectId))
    .limit(1);
  const i18n = serverI18n(requester.locale, requester.digits);
  const title = i18n.pick(pledge?.title).text;
  const status = i18n.t(`pledges-support.status.${request.status}`);
  const link = `${options.baseUrl.replace(/\/+$/, '')}/${requester.locale}/pledges/${request.subjectId}#support`;
  return enqueueMail({
    db,
    to: requester.email,
    subject: i18n.t('pledges-support.mail.answered.subject', { title }),
    text: [
      i18n.t('pledges-support.mail.answered.body', { title, status }),
      request.reply ? `${i18n.t('pledges-support.mail.reply')}\n${request.reply}` : '',
      `${i18n.t('pledges-support.mail.link')} ${link}`,
    ]
      .filter(Boolean)
      .join('\n\n'),
    dedupeKey: `support-answer:${request.id}:${request.version}`,
  });
}
