import { mailContactOf } from '~/modules/accounts/users.server';
import type { DbOrTx } from '~/platform/db.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { enqueueMail } from '~/platform/jobs/mail.server';
import { getDb } from '~/platform/platform.server';
import type { PledgeRow } from './pledge-records.server';
import type { ReviewDecision } from './review-pledge.server';

/**
 * Tells the pledger (the user who drafted the pledge) what the secretariat decided, in the
 * pledger's language, by queued mail in the caller's transaction. Nobody to tell (the author's
 * account is gone or disabled) → nothing queued, null.
 */
export async function notifyPledger(options: {
  db?: DbOrTx;
  pledge: PledgeRow;
  decision: ReviewDecision;
  comment?: string | null;
  /** The site's address for links, e.g. https://marsad.example.org */
  baseUrl: string;
}): Promise<number | null> {
  const { db = getDb(), pledge, decision } = options;
  if (!pledge.createdBy) return null;
  const author = await mailContactOf(db, pledge.createdBy);
  if (!author) return null;
  const i18n = serverI18n(author.locale, author.digits);
  const title = i18n.pick(pledge.title).text;
  const path = decision === 'requestChanges' ? `/pledges/${pledge.id}/edit` : `/pledges/${pledge.id}`;
  const link = `${options.baseUrl.replace(/\/+$/, '')}/${author.locale}${path}`;
  const comment = options.comment?.trim();
  const text = [
    i18n.t(`pledges-form.mail.${decision}.body`, { title }),
    comment ? `${i18n.t('pledges-form.mail.comment')}\n${comment}` : '',
    `${i18n.t('pledges-form.mail.link')} ${link}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  return enqueueMail({
    db,
    to: author.email,
    subject: i18n.t(`pledges-form.mail.${decision}.subject`, { title }),
    text,
    dedupeKey: `pledge-decision:${pledge.id}:${pledge.version}`,
  });
}
