import { Link } from 'react-router';
import { listMyReviews } from '~/modules/reviews/authoring/list-my-reviews.server';
import { guardSignedIn } from '~/permissions/guard.server';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/mine';
import { noticeOf } from './authoring.server';
import { Notice, ReviewKindBadge, ReviewStatusBadge } from './authoring-ui';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('reviews-edit.mine.title') }));

export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  const { reviews, startable } = await listMyReviews({ subject: viewer.subject });
  return { reviews, startable, notice: noticeOf(request, ['submitted'] as const) };
}

export default function MyReviews({ loaderData }: Route.ComponentProps) {
  const { t, date, pick } = useI18n();
  const href = useHref();
  const { reviews, startable, notice } = loaderData;
  const deadline = (d: string | null) =>
    d ? date(d, { dateStyle: 'medium', timeZone: 'UTC' }) : t('reviews-edit.noDeadline');
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-5xl">
      {notice ? <Notice>{t(`reviews-edit.notice.${notice}`)}</Notice> : null}
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        {t('reviews-edit.mine.title')}
      </h1>
      <p className="mb-6 text-slate-700">{t('reviews-edit.mine.intro', { count: reviews.length })}</p>

      {reviews.length ? (
        <div className="relative overflow-x-auto">
          <table className="w-full border-collapse bg-white text-start text-sm">
            <caption className="sr-only">{t('reviews-edit.mine.title')}</caption>
            <thead>
              <tr className="border-b border-slate-400">
                {(['review', 'for', 'status', 'cycle', 'deadline'] as const).map((col) => (
                  <th key={col} scope="col" className="p-2 text-start">
                    {t(`reviews-edit.mine.col.${col}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {reviews.map((r) => (
                <tr key={r.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 text-start font-normal">
                    <Link
                      to={href(r.editable ? `/reviews/${r.id}/edit` : `/reviews/${r.id}`)}
                      className="font-medium"
                    >
                      <TranslatedText value={r.title} />
                    </Link>
                    <div className="mt-1 flex flex-wrap gap-1">
                      <ReviewKindBadge kind={r.kind} />
                      {r.asCoEditor ? (
                        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">
                          {t('reviews-edit.mine.asCoEditor')}
                        </span>
                      ) : null}
                    </div>
                  </th>
                  <td className="p-2">
                    {r.kind === 'parallel' ? (
                      <TranslatedText value={r.organisationName} />
                    ) : (
                      <TranslatedText value={r.countryName} />
                    )}
                  </td>
                  <td className="p-2">
                    <ReviewStatusBadge status={r.status} />
                  </td>
                  <td className="p-2">
                    <TranslatedText value={r.cycle.title} />
                  </td>
                  <td className="p-2">{deadline(r.cycle.submissionDeadline)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('reviews-edit.mine.empty')}</p>
      )}

      <section aria-labelledby="start-title" className="mt-10">
        <h2 id="start-title" className="mb-2 text-xl font-semibold">
          {t('reviews-edit.mine.startTitle')}
        </h2>
        {startable.length ? (
          <ul className="space-y-4">
            {startable.map((c) => (
              <li key={c.id} className="rounded border border-slate-300 bg-white p-4">
                <h3 className="font-semibold">
                  <TranslatedText value={c.title} />
                </h3>
                <p className="text-sm text-slate-700">
                  {t('reviews-edit.mine.deadline', { date: deadline(c.submissionDeadline) })}
                </p>
                <ul className="mt-2 space-y-1">
                  {c.states.map((s) => (
                    <li key={s.iso3}>
                      {s.reviewId ? (
                        <Link to={href(`/reviews/${s.reviewId}/edit`)}>
                          {t('reviews-edit.mine.openExisting', { state: pick(s.name).text })}
                        </Link>
                      ) : (
                        <Link to={href(`/reviews/new?cycle=${c.id}&kind=national&country=${s.iso3}`)}>
                          {t('reviews-edit.mine.startNational', { state: pick(s.name).text })}
                        </Link>
                      )}
                    </li>
                  ))}
                  {c.parallel ? (
                    <li>
                      <Link to={href(`/reviews/new?cycle=${c.id}&kind=parallel`)}>
                        {t('reviews-edit.mine.startParallel')}
                      </Link>
                    </li>
                  ) : null}
                </ul>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('reviews-edit.mine.noCycles')}</p>
        )}
      </section>
    </article>
  );
}
