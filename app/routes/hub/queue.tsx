import { Link } from 'react-router';
import { listReviewQueue } from '~/modules/hub/review/review-queues.server';
import { guard } from '~/permissions/guard.server';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TableScroll } from '~/ui/table-scroll';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/queue';

/** The Hub editors' queue: resources waiting for a panel, and where each panel in review stands. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guard(request, 'hub.curate');
  return { items: await listReviewQueue({ subject: viewer.subject }) };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('hub.queue.title') }));

export default function Queue({ loaderData }: Route.ComponentProps) {
  const { t, date } = useI18n();
  const href = useHref();
  return (
    <div>
      <p>
        <Link to={href('/hub')}>{t('hub.home.title')}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t('hub.queue.title')}</h1>
      <p className="mt-2">
        <Link to={href('/hub/import')}>{t('hub.import.link')}</Link>
      </p>
      {loaderData.items.length === 0 ? <p className="mt-2">{t('hub.queue.empty')}</p> : null}
      <TableScroll>
        <table className="mt-4 w-full text-start">
          <thead>
            <tr>
              <th scope="col" className="text-start">
                {t('hub.queue.resource')}
              </th>
              <th scope="col" className="text-start">
                {t('hub.queue.status')}
              </th>
              <th scope="col" className="text-start">
                {t('hub.queue.updated')}
              </th>
            </tr>
          </thead>
          <tbody>
            {loaderData.items.map((r) => (
              <tr key={r.id} className="border-t border-slate-200">
                <td className="py-2">
                  <Link to={href(`/hub/resources/${r.id}/panel`)}>
                    <TranslatedText value={r.title} />
                  </Link>
                </td>
                <td>{r.panel ? t(`hub.panel.state.${r.panel}`) : t(`hub.status.${r.status}`)}</td>
                <td>{date(new Date(r.updatedAt))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
