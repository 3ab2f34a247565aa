import type { RegistrationStatus } from '#db/schema/meeting-registration-values';
import type { meetingRegistrations } from '#db/schema/meeting-registrations';
import { mailContactOf } from '~/modules/accounts/users.server';
import { siteBaseUrl } from '~/platform/config.server';
import type { DbOrTx } from '~/platform/db.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { enqueueMail } from '~/platform/jobs/mail.server';
import { getPlatform } from '~/platform/platform.server';
import { meetingCalendar } from './meeting-calendar.server';
import type { MeetingRow } from './meeting-records.server';

/**
 * The registrant's mails, queued in the caller's transaction (sent only if the change commits), in
 * the registrant's language and digits, each kind once per registration version (dedupe key).
 *
 * Confirmations, moved-up confirmations and reminders carry the meeting as an iCalendar file with
 * METHOD:PUBLISH, not REQUEST: REQUEST is an iTIP invitation that needs an ORGANIZER and ATTENDEE
 * and makes mail programs offer accept/decline buttons whose replies go to the organiser's address
 * — Marsad receives no replies (registration and cancellation happen on the meeting page), so a
 * reply would go nowhere. PUBLISH adds the meeting to the calendar as the meeting's own feed does,
 * with the same UID, so a later subscription or download updates the same event instead of adding
 * a copy.
 */
export type RegistrationMailKind =
  | 'confirmed'
  | 'pending'
  | 'waitlisted'
  | 'movedUp'
  | 'movedUpPending'
  | 'declined'
  | 'reminder';

const withCalendar: readonly RegistrationMailKind[] = ['confirmed', 'movedUp', 'reminder'];

/** The mail a registration's new status calls for. */
export const mailKindFor = (status: RegistrationStatus): RegistrationMailKind | null =>
  status === 'confirmed'
    ? 'confirmed'
    : status === 'pending'
      ? 'pending'
      : status === 'waitlisted'
        ? 'waitlisted'
        : status === 'declined'
          ? 'declined'
          : null;

export async function queueRegistrationMail(
  tx: DbOrTx,
  options: {
    meeting: MeetingRow;
    registration: typeof meetingRegistrations.$inferSelect;
    kind: RegistrationMailKind;
    baseUrl?: string;
  },
): Promise<number | null> {
  const { meeting, registration, kind } = options;
  const contact = await mailContactOf(tx, registration.userId);
  if (!contact) return null;
  const i18n = serverI18n(contact.locale, contact.digits);
  const origin = (options.baseUrl ?? siteBaseUrl(getPlatform().config)).replace(/\/+$/, '');
  const title = i18n.pick(meeting.title).text;
  const day = (d: string) => i18n.date(d, { dateStyle: 'long', timeZone: 'UTC' });
  const values = {
    title,
    dates:
      meeting.startsOn === meeting.endsOn
        ? day(meeting.startsOn)
        : `${day(meeting.startsOn)} – ${day(meeting.endsOn)}`,
    place: meeting.venue || meeting.onlineUrl,
  };
  const link = `${origin}/${contact.locale}/meetings/${meeting.id}`;
  const text = [
    i18n.t(`registration.mail.${kind}.body`, values),
    registration.decisionReason && kind === 'declined'
      ? `${i18n.t('registration.mail.reason')}\n${registration.decisionReason}`
      : '',
    `${i18n.t('registration.mail.link')} ${link}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  const attachments = withCalendar.includes(kind)
    ? [
        {
          filename: 'meeting.ics',
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          content: await meetingCalendar({
            db: tx,
            i18n,
            origin,
            uidDomain: new URL(origin).hostname,
            meetingId: meeting.id,
          }),
        },
      ]
    : undefined;
  return enqueueMail({
    db: tx,
    to: contact.email,
    subject: i18n.t(`registration.mail.${kind}.subject`, values),
    text,
    ...(attachments ? { attachments } : {}),
    dedupeKey: `meeting-registration:${registration.id}:${kind}:${registration.version}`,
  });
}
