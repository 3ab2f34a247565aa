import { mailContactOf } from '~/modules/accounts/users.server';
import { siteBaseUrl } from '~/platform/config.server';
import type { DbOrTx } from '~/platform/db.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { enqueueMail } from '~/platform/jobs/mail.server';
import { getPlatform } from '~/platform/platform.server';
import { meetingCalendar } from '../meeting-calendar.server';
import type { MeetingRow } from '../meeting-records.server';
import type { InvitationRow } from './workshop-records.server';

/**
 * The invitation of a focal point, queued in the caller's transaction, in the invitee's language
 * and digits, once per invitation (dedupe key). It carries the workshop as an iCalendar file with
 * METHOD:PUBLISH, as the registration mails do (registration-mail.server.ts says why not REQUEST):
 * the invitee answers on the workshop page, where accepting registers them.
 */
export async function queueInvitationMail(
  tx: DbOrTx,
  options: { meeting: MeetingRow; invitation: InvitationRow; baseUrl?: string },
): Promise<number | null> {
  const { meeting, invitation } = options;
  const contact = await mailContactOf(tx, invitation.userId);
  if (!contact) return null;
  const i18n = serverI18n(contact.locale, contact.digits);
  const origin = (options.baseUrl ?? siteBaseUrl(getPlatform().config)).replace(/\/+$/, '');
  const day = (d: string) => i18n.date(d, { dateStyle: 'long', timeZone: 'UTC' });
  const values = {
    title: i18n.pick(meeting.title).text,
    dates:
      meeting.startsOn === meeting.endsOn
        ? day(meeting.startsOn)
        : `${day(meeting.startsOn)} – ${day(meeting.endsOn)}`,
    place: meeting.venue || meeting.onlineUrl,
  };
  const link = `${origin}/${contact.locale}/meetings/${meeting.id}/workshop`;
  return enqueueMail({
    db: tx,
    to: contact.email,
    subject: i18n.t('workshops.mail.invitation.subject', values),
    text: [i18n.t('workshops.mail.invitation.body', values), `${i18n.t('workshops.mail.link')} ${link}`].join(
      '\n\n',
    ),
    attachments: [
      {
        filename: 'workshop.ics',
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        content: await meetingCalendar({
          db: tx,
          i18n,
          origin,
          uidDomain: new URL(origin).hostname,
          meetingId: meeting.id,
        }),
      },
    ],
    dedupeKey: `meeting-workshop-invitation:${invitation.id}`,
  });
}
