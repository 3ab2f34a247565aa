import { Link } from 'react-router';
import type { SideEventFormat, SideEventStatus } from '#db/schema/meeting-side-event-values';
import type { MeetingLanguage } from '#db/schema/meeting-values';
import { useHref, useI18n } from '~/ui/i18n';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';

/** A side event as the pages show it (serialised by sideEventItem in side-event-views.server.ts). */
export interface SideEventView {
  id: string;
  status: SideEventStatus;
  title: { ar?: string; en?: string };
  proposingOrganisation: string;
  organisers: string[];
  description: string;
  objectives: number[];
  format: SideEventFormat;
  preferredDay: string;
  languages: MeetingLanguage[];
  decisionReason: string;
  slot: { startsAt: string; endsAt: string; room: string } | null;
  isSample: boolean;
  version: number;
}

/**
 * Side events as a list: title (linked to its page), organisers, objectives, format and time — the
 * agenda slot in the meeting's time zone, or the preferred day while no slot is given. With
 * `showStatus`, each item says where it stands (the proposer's and the organisers' lists).
 */
export function SideEventList({
  items,
  meetingId,
  timeZone,
  empty,
  showStatus = false,
}: {
  items: SideEventView[];
  meetingId: string;
  timeZone: string;
  empty: string;
  showStatus?: boolean;
}) {
  const { t, date, list, number } = useI18n();
  const href = useHref();
  if (!items.length) return <p className="mb-4">{empty}</p>;
  const day = (d: string) => date(d, { dateStyle: 'long', timeZone: 'UTC' });
  const time = (iso: string) => date(iso, { timeStyle: 'short', timeZone });
  return (
    <ul className="mb-4 space-y-3">
      {items.map((e) => (
        <li key={e.id} className="rounded border border-slate-300 p-3">
          <h3 className="font-semibold">
            <Link className="underline" to={href(`/meetings/${meetingId}/side-events/${e.id}`)}>
              <TranslatedText value={e.title} />
            </Link>
            {e.isSample ? <SampleBadge /> : null}
          </h3>
          <dl className="grid gap-x-3 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium">{t('side-events.detail.organisedBy')}</dt>
            <dd>
              <bdi>{list([e.proposingOrganisation, ...e.organisers])}</bdi>
            </dd>
            <dt className="font-medium">{t('side-events.detail.objectives')}</dt>
            <dd>{list(e.objectives.map((n) => t('meetings.objectiveNumber', { number: number(n) })))}</dd>
            <dt className="font-medium">{t('side-events.detail.format')}</dt>
            <dd>{t(`side-events.format.${e.format}`)}</dd>
            <dt className="font-medium">{t('side-events.detail.time')}</dt>
            <dd>
              {e.slot ? (
                <>
                  {date(e.slot.startsAt, { dateStyle: 'long', timeZone })} {time(e.slot.startsAt)}–
                  {time(e.slot.endsAt)} (<bdi dir="ltr">{timeZone}</bdi>)
                  {e.slot.room ? (
                    <>
                      {' · '}
                      <bdi>{e.slot.room}</bdi>
                    </>
                  ) : null}
                </>
              ) : (
                t('side-events.detail.preferredDay', { day: day(e.preferredDay) })
              )}
            </dd>
            {showStatus ? (
              <>
                <dt className="font-medium">{t('side-events.detail.status')}</dt>
                <dd>
                  {t(`side-events.status.${e.status}`)}
                  {e.status === 'declined' && e.decisionReason ? (
                    <>
                      {' — '}
                      <bdi>{e.decisionReason}</bdi>
                    </>
                  ) : null}
                </dd>
              </>
            ) : null}
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** The meeting page's section: the accepted side events and the way to the side-events page. */
export function SideEventsSection({
  items,
  meetingId,
  timeZone,
}: {
  items: SideEventView[];
  meetingId: string;
  timeZone: string;
}) {
  const { t } = useI18n();
  const href = useHref();
  return (
    <section aria-labelledby="side-events-section-title" className="mb-8">
      <h2 id="side-events-section-title" className="mb-3 text-xl font-semibold">
        {t('side-events.meetingPage.title')}
      </h2>
      <SideEventList
        items={items}
        meetingId={meetingId}
        timeZone={timeZone}
        empty={t('side-events.programme.none')}
      />
      <p>
        <Link className="underline" to={href(`/meetings/${meetingId}/side-events`)}>
          {t('side-events.meetingPage.link')}
        </Link>
      </p>
    </section>
  );
}
