import { Link } from 'react-router';
import { listSupportQueue } from '~/modules/pledges/support/list-support-requests.server';
import { isSupportQueueFilter, supportQueueFilters } from '~/modules/pledges/support/support-queue-filters';
import { guard } from '~/permissions/guard.server';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/support-queue';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('pledges-support.queue.title') }));

/** The Network secretariat's queue of support requests about pledges, by state of the answer. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guard(request, 'pledges.review');
  const param = new URL(request.url).searchParams.get('status');
  const filter = isSupportQueueFilter(param) ? param : 'open';
  const items = await listSupportQueue({ subject: viewer.subject, filter });
  return {
    filter,
    items: items.map((r) => ({
      id: r.id,
      pledgeTitle: r.pledgeTitle ?? {},
      requester: r.organisationName ?? r.countryName ?? {},
      kind: r.kind,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}

export default function SupportQueue({ loaderData }: Route.ComponentProps) {
  const { t, date } = useI18n();
  const href = useHref();
  const { filter, items } = loaderData;
  const tt = (key: string, values?: Record<string, string | number>) =>
    t(`pledges-support.queue.${key}`, values);
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-5xl">
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        {tt('title')}
      </h1>
      <p className="mb-4 text-slate-700">{tt('intro')}</p>
      <nav aria-label={tt('filters')} className="mb-6">
        <ul className="flex flex-wrap gap-2">
          {supportQueueFilters.map((f) => (
            <li key={f}>
              <Link
                to={`${href('/pledges/support')}?status=${f}`}
                aria-current={f === filter ? 'page' : undefined}
                className={`inline-block rounded border px-3 py-1 no-underline ${
                  f === filter ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-400'
                }`}
              >
                {tt(`filter.${f}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mb-2 font-medium" role="status">
        {tt('count', { count: items.length })}
      </p>
      {items.length ? (
        <div className="relative overflow-x-auto">
          <table className="w-full border-collapse bg-white text-start">
            <caption className="sr-only">{tt(`filter.${filter}`)}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                {(['pledge', 'requester', 'kind', 'status', 'date'] as const).map((col) => (
                  <th key={col} scope="col" className="p-2 text-start">
                    {tt(`col.${col}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id} className="border-b border-slate-200">
                  <th scope="row" className="p-2 text-start font-normal">
                    <Link to={href(`/pledges/support/${r.id}`)}>
                      <TranslatedText value={r.pledgeTitle} />
                    </Link>
                  </th>
                  <td className="p-2">
                    <TranslatedText value={r.requester} />
                  </td>
                  <td className="p-2">{t(`pledges-support.kind.${r.kind}`)}</td>
                  <td className="p-2">{t(`pledges-support.status.${r.status}`)}</td>
                  <td className="p-2">
                    <time dateTime={r.createdAt}>{date(r.createdAt, { dateStyle: 'medium' })}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{tt(`empty.${filter}`)}</p>
      )}
    </article>
  );
}
