import { Link } from 'react-router';
import { listPracticeQueue } from '~/modules/hub/practices/practice-queue.server';
import { guard } from '~/permissions/guard.server';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TableScroll } from '~/ui/table-scroll';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/practice-queue';

/** The Hub editors' queue of practices: waiting for a decision, or for the submitter's clarification. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guard(request, 'hub.curate');
  return { items: await listPracticeQueue({ subject: viewer.subject }) };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('hub-practices.queue.title') }));

export default function PracticeQueue({ loaderData }: Route.ComponentProps) {
  const { t, date } = useI18n();
  const href = useHref();
  return (
    <div>
      <p>
        <Link to={href('/hub')}>{t('hub.home.title')}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t('hub-practices.queue.title')}</h1>
      <p className="mt-2 flex flex-wrap gap-4">
        <Link to={href('/hub/calls')}>{t('hub-practices.calls.title')}</Link>
        <Link to={href('/hub/calls/new')}>{t('hub-practices.calls.new')}</Link>
      </p>
      {loaderData.items.length === 0 ? <p className="mt-2">{t('hub-practices.queue.empty')}</p> : null}
      <TableScroll>
        <table className="mt-4 w-full text-start">
          <thead>
            <tr>
              <th scope="col" className="text-start">
                {t('hub-practices.queue.practice')}
              </th>
              <th scope="col" className="text-start">
                {t('hub-practices.queue.status')}
              </th>
              <th scope="col" className="text-start">
                {t('hub-practices.queue.updated')}
              </th>
            </tr>
          </thead>
          <tbody>
            {loaderData.items.map((p) => (
              <tr key={p.id} className="border-t border-slate-200">
                <td className="py-2">
                  <Link to={href(`/hub/practices/${p.id}/review`)}>
                    <TranslatedText value={p.title} />
                  </Link>
                </td>
                <td>{t(`hub-practices.status.${p.status}`)}</td>
                <td>{date(new Date(p.updatedAt))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
