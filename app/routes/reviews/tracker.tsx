import { data, Link } from 'react-router';
import { getCycle } from '~/modules/reviews/cycles/get-cycle.server';
import { getTracker } from '~/modules/reviews/tracker/get-tracker.server';
import { reminderDaysBefore } from '~/modules/reviews/tracker/reminder-schedule';
import { trackerStatuses } from '~/modules/reviews/tracker/tracker-statuses';
import { guard } from '~/permissions/guard.server';
import { orErrorPage } from '~/platform/http/error-page';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import type { Route } from './+types/tracker';
import { CycleTabs, DateRange } from './cycle-ui';

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('reviews-cycles.tracker.title', { title: i18n.pick(loaderData.title).text }),
        })
      : null,
  );

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guard(request, 'reviews.moderate');
  const tracker = await orErrorPage(() => getTracker({ subject: viewer.subject, cycleId: params.cycleId }));
  const detail = await getCycle({ subject: viewer.subject, cycleId: params.cycleId }).catch(() => {
    throw data({ code: 'notFound' }, { status: 404 });
  });
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: tracker.cycle.id,
    title: tracker.cycle.title,
    status: tracker.cycle.status,
    deadline: tracker.deadline,
    daysLeft: tracker.daysLeft,
    counts: tracker.counts,
    rows: tracker.rows.map((r) => ({ ...r, submittedAt: iso(r.submittedAt), updatedAt: iso(r.updatedAt) })),
    canManage: detail.canManage,
    outcomePublished: detail.outcomePublished,
    synthesisPublished: detail.synthesisPublished,
  };
}

const tones: Record<(typeof trackerStatuses)[number], string> = {
  not_started: 'bg-slate-200 text-slate-900',
  drafting: 'bg-amber-100 text-amber-900',
  returned: 'bg-red-100 text-red-900',
  submitted: 'bg-sky-100 text-sky-900',
  acknowledged: 'bg-sky-100 text-sky-900',
  published: 'bg-green-100 text-green-900',
};

export default function Tracker({ loaderData }: Route.ComponentProps) {
  const { t, pick, number, date, list } = useI18n();
  const href = useHref();
  const { id, title, rows, counts, deadline, daysLeft } = loaderData;
  const handedIn = counts.submitted + counts.acknowledged + counts.published;
  return (
    <article aria-labelledby="page-title">
      <Breadcrumbs
        items={[
          { to: href('/reviews'), label: t('reviews-cycles.index.title') },
          { to: href(`/reviews/cycles/${id}`), label: pick(title).text },
          { label: t('reviews-cycles.tabs.tracker') },
        ]}
      />
      <h1 id="page-title" className="mb-4 text-2xl font-bold">
        {t('reviews-cycles.tracker.title', { title: pick(title).text })}
      </h1>
      <CycleTabs
        cycleId={id}
        current="tracker"
        show={{
          outcome: loaderData.outcomePublished,
          synthesis: loaderData.synthesisPublished,
          tracker: true,
          edit: loaderData.canManage,
          outcomeEdit: true,
        }}
      />
      <section aria-labelledby="deadline-title" className="mb-6 rounded border border-slate-200 bg-white p-4">
        <h2 id="deadline-title" className="font-semibold">
          {t('reviews-cycles.field.deadline')}
        </h2>
        {deadline ? (
          <p className="mt-1">
            <DateRange from={deadline} />{' '}
            <strong className="ms-2">
              {daysLeft !== null && daysLeft >= 0
                ? t('reviews-cycles.tracker.daysLeft', { days: daysLeft })
                : t('reviews-cycles.tracker.daysPast', { days: Math.abs(daysLeft ?? 0) })}
            </strong>
          </p>
        ) : (
          <p className="mt-1">{t('reviews-cycles.tracker.noDeadline')}</p>
        )}
        <p className="mt-2 text-sm text-slate-700">
          {t('reviews-cycles.tracker.remindersNote', {
            days: list(reminderDaysBefore.map((d) => number(d))),
          })}
        </p>
      </section>

      <section aria-labelledby="counts-title" className="mb-6">
        <h2 id="counts-title" className="text-lg font-semibold">
          {t('reviews-cycles.tracker.summary', { handedIn, states: rows.length })}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {trackerStatuses.map((s) => (
            <li key={s} className={`rounded px-2 py-1 text-sm ${tones[s]}`}>
              {t(`reviews.status.${s}`)}: <strong>{number(counts[s])}</strong>
            </li>
          ))}
        </ul>
      </section>

      <div className="mb-2 flex justify-end">
        <a href={href(`/reviews/cycles/${id}/tracker.csv`)} download>
          {t('reviews-cycles.tracker.csv')}
        </a>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">{t('reviews-cycles.tracker.caption')}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-start">
              <th scope="col" className="p-2 text-start">
                {t('reviews-cycles.tracker.col.state')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('reviews-cycles.tracker.col.status')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('reviews-cycles.tracker.col.submittedAt')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('reviews-cycles.tracker.col.updatedAt')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('reviews-cycles.tracker.col.review')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.iso3} className="border-b border-slate-100">
                <th scope="row" className="p-2 text-start font-normal">
                  <bdi>{pick(r.name).text}</bdi>
                </th>
                <td className="p-2">
                  <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${tones[r.status]}`}>
                    {t(`reviews.status.${r.status}`)}
                  </span>
                </td>
                <td className="p-2">
                  {r.submittedAt ? date(r.submittedAt, { dateStyle: 'medium', timeZone: 'UTC' }) : '—'}
                </td>
                <td className="p-2">
                  {r.updatedAt ? date(r.updatedAt, { dateStyle: 'medium', timeZone: 'UTC' }) : '—'}
                </td>
                <td className="p-2">
                  {r.reviewId ? (
                    <Link to={href(`/reviews/${r.reviewId}/moderate`)}>
                      {t('reviews-cycles.tracker.moderate', { state: pick(r.name).text })}
                    </Link>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
