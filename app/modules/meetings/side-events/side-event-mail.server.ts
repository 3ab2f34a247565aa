import { mailContactOf } from '~/modules/accounts/users.server';
import { siteBaseUrl } from '~/platform/config.server';
import type { DbOrTx } from '~/platform/db.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { enqueueMail } from '~/platform/jobs/mail.server';
import { getPlatform } from '~/platform/platform.server';
import type { MeetingRow } from '../meeting-records.server';
import type { SideEventRow } from './side-event-records.server';

export type SideEventMailKind = 'accepted' | 'declined';

/**
 * The proposer's mail about the organisers' decision, queued in the caller's transaction (sent only
 * if the decision commits), in the proposer's language and digits, once per decision (dedupe key).
 */
export async function queueSideEventMail(
  tx: DbOrTx,
  options: { meeting: MeetingRow; proposal: SideEventRow; kind: SideEventMailKind; baseUrl?: string },
): Promise<number | null> {
  const { meeting, proposal, kind } = options;
  if (!proposal.proposedBy) return null;
  const contact = await mailContactOf(tx, proposal.proposedBy);
  if (!contact) return null;
  const i18n = serverI18n(contact.locale, contact.digits);
  const origin = (options.baseUrl ?? siteBaseUrl(getPlatform().config)).replace(/\/+$/, '');
  const values = { title: i18n.pick(proposal.title).text, meeting: i18n.pick(meeting.title).text };
  const link = `${origin}/${contact.locale}/meetings/${meeting.id}/side-events/${proposal.id}`;
  const text = [
    i18n.t(`side-events.mail.${kind}.body`, values),
    kind === 'declined' ? `${i18n.t('side-events.mail.reason')}\n${proposal.decisionReason}` : '',
    `${i18n.t('side-events.mail.link')} ${link}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  return enqueueMail({
    db: tx,
    to: contact.email,
    subject: i18n.t(`side-events.mail.${kind}.subject`, values),
    text,
    dedupeKey: `meeting-side-event:${proposal.id}:${kind}:${proposal.version}`,
  });
}
