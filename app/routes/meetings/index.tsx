import { Form, Link } from 'react-router';
import { isMeetingKind, meetingKinds } from '#db/schema/meeting-values';
import { listMeetings } from '~/modules/meetings/list-meetings.server';
import { canOrganiseMeetings } from '~/modules/meetings/meeting-policy';
import { listRegions } from '~/modules/reference/list-regions.server';
import { guardPublic } from '~/permissions/guard.server';
import { siteOrigin } from '~/platform/http/site-origin.server';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/index';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

/** The calendar: upcoming meetings first (earliest first), then past ones (latest first), by kind. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const url = new URL(request.url);
  const rawKind = url.searchParams.get('kind') ?? '';
  const kind = isMeetingKind(rawKind) ? rawKind : undefined;
  const regions = await listRegions();
  const rawRegion = url.searchParams.get('region') ?? '';
  const region = regions.some((r) => r.id === rawRegion) ? rawRegion : undefined;
  const today = new Date().toISOString().slice(0, 10);
  const [upcoming, past] = await Promise.all([
    listMeetings({ subject: viewer.subject, filters: { kind, region, from: today }, limit: 100 }),
    listMeetings({
      subject: viewer.subject,
      filters: { kind, region, to: today },
      order: 'latest',
      limit: 100,
    }),
  ]);
  // The calendar feed with the same filters: downloaded as a file, or subscribed to by address.
  const feedQuery = new URLSearchParams(
    Object.entries({ kind, region }).filter(([, v]) => v) as [string, string][],
  );
  const feedPath = `/meetings/calendar.ics${feedQuery.size ? `?${feedQuery}` : ''}`;
  const shape = (list: typeof upcoming) =>
    list.items
      // A meeting running today is listed once, among the upcoming.
      .filter((i) => list === upcoming || i.meeting.endsOn < today)
      .map(({ meeting, objectives }) => ({
        id: meeting.id,
        kind: meeting.kind,
        status: meeting.status,
        title: meeting.title,
        startsOn: meeting.startsOn,
        endsOn: meeting.endsOn,
        venue: meeting.venue,
        online: Boolean(meeting.onlineUrl),
        isSample: meeting.isSample,
        objectives: objectives.length,
      }));
  return {
    kind: kind ?? '',
    region: region ?? '',
    regions: regions.map((r) => ({ id: r.id, name: r.name })),
    feedPath,
    webcalOrigin: siteOrigin(request).replace(/^https?:/, 'webcal:'),
    upcoming: shape(upcoming),
    past: shape(past),
    canOrganise: canOrganiseMeetings(viewer.subject),
  };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('meetings.index.title'),
    description: i18n.t('meetings.index.intro'),
  }));

type Item = Route.ComponentProps['loaderData']['upcoming'][number];

function MeetingList({ items, empty }: { items: Item[]; empty: string }) {
  const { t, date } = useI18n();
  const href = useHref();
  const day = (d: string) => date(d, { dateStyle: 'medium', timeZone: 'UTC' });
  if (!items.length) return <p className="text-slate-700">{empty}</p>;
  return (
    <ul className="space-y-3">
      {items.map((m) => (
        <li key={m.id} className="rounded border border-slate-300 p-3">
          <p className="text-sm text-slate-700">
            {m.startsOn === m.endsOn
              ? day(m.startsOn)
              : t('meetings.detail.dateRange', { start: day(m.startsOn), end: day(m.endsOn) })}
            {' · '}
            {t(`meetings.kind.${m.kind}`)}
            {m.status !== 'published' ? ` · ${t(`meetings.statusLabel.${m.status}`)}` : ''}
            {m.isSample ? <SampleBadge /> : null}
          </p>
          <h3 className="font-semibold">
            <Link to={href(`/meetings/${m.id}`)} className="underline">
              <TranslatedText value={m.title} />
            </Link>
          </h3>
          <p className="text-sm">
            {m.venue ? <bdi>{m.venue}</bdi> : null}
            {m.venue && m.online ? ' · ' : ''}
            {m.online ? t('meetings.index.online') : ''}
            {m.objectives ? ` · ${t('meetings.index.objectives', { count: m.objectives })}` : ''}
          </p>
        </li>
      ))}
    </ul>
  );
}

export default function MeetingsIndex({ loaderData }: Route.ComponentProps) {
  const { t, pick } = useI18n();
  const href = useHref();
  return (
    <article aria-labelledby="meetings-title">
      <h1 id="meetings-title" className="mb-2 text-2xl font-bold">
        {t('meetings.index.title')}
      </h1>
      <p className="mb-4 max-w-3xl text-slate-700">{t('meetings.index.intro')}</p>
      <p className="mb-4">
        <Link to={href('/statements')} className="underline">
          {t('meetings.statements.repositoryTitle')}
        </Link>
      </p>
      {loaderData.canOrganise ? (
        <p className="mb-4">
          <Link to={href('/meetings/new')} className="rounded bg-brand-700 px-4 py-2 font-medium text-white">
            {t('meetings.index.new')}
          </Link>
        </p>
      ) : null}
      <Form method="get" className="mb-6 flex flex-wrap items-end gap-2">
        <label className="flex min-w-0 max-w-full flex-col">
          <span className="font-medium">{t('meetings.field.kind')}</span>
          <select
            name="kind"
            defaultValue={loaderData.kind}
            className="max-w-full rounded border border-slate-400 bg-white px-3 py-2"
          >
            <option value="">{t('meetings.index.allKinds')}</option>
            {meetingKinds.map((k) => (
              <option key={k} value={k}>
                {t(`meetings.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-0 max-w-full flex-col">
          <span className="font-medium">{t('meetings.field.region')}</span>
          <select
            name="region"
            defaultValue={loaderData.region}
            className="max-w-full rounded border border-slate-400 bg-white px-3 py-2"
          >
            <option value="">{t('meetings.index.allRegions')}</option>
            {loaderData.regions.map((r) => (
              <option key={r.id} value={r.id}>
                {pick(r.name).text}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-brand-700 px-4 py-2 text-brand-800">
          {t('common.filter')}
        </button>
      </Form>
      <section aria-labelledby="calendar-title" className="mb-6 rounded border border-slate-300 p-3">
        <h2 id="calendar-title" className="font-semibold">
          {t('meetings.calendar.title')}
        </h2>
        <p className="mb-2 text-sm text-slate-700">{t('meetings.calendar.hint')}</p>
        <p className="flex flex-wrap gap-x-4 gap-y-2">
          <a href={`${loaderData.webcalOrigin}${href(loaderData.feedPath)}`} className="underline">
            {t('meetings.calendar.subscribe')}
          </a>
          <a href={href(loaderData.feedPath)} className="underline" download>
            {t('meetings.calendar.download')}
          </a>
        </p>
      </section>
      <section aria-labelledby="upcoming-title" className="mb-8">
        <h2 id="upcoming-title" className="mb-3 text-xl font-semibold">
          {t('meetings.index.upcoming')}
        </h2>
        <MeetingList items={loaderData.upcoming} empty={t('meetings.index.noUpcoming')} />
      </section>
      <section aria-labelledby="past-title">
        <h2 id="past-title" className="mb-3 text-xl font-semibold">
          {t('meetings.index.past')}
        </h2>
        <MeetingList items={loaderData.past} empty={t('meetings.index.noPast')} />
      </section>
    </article>
  );
}
