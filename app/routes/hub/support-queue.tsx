import { Link } from 'react-router';
import { listHubSupportQueue, SUPPORT_QUEUE_LIMIT } from '~/modules/hub/support/list-hub-support.server';
import { supportQueueGroups } from '~/modules/hub/support/support-workflow';
import { guard } from '~/permissions/guard.server';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import type { Route } from './+types/support-queue';
import { SupportList, supportListRow } from './support-list';

/** The Network secretariat's one queue of requests for support (the Hub's and the pledges'), by group. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guard(request, 'pledges.review');
  const raw = new URL(request.url).searchParams.get('group');
  const group = supportQueueGroups.find((g) => g === raw) ?? 'waiting';
  const rows = await listHubSupportQueue({ subject: viewer.subject, group });
  return {
    group,
    rows: rows.map(supportListRow),
    full: rows.length >= SUPPORT_QUEUE_LIMIT,
    limit: SUPPORT_QUEUE_LIMIT,
  };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('hub-support.queue.title') }));

export default function SupportQueue({ loaderData }: Route.ComponentProps) {
  const { t, number } = useI18n();
  const href = useHref();
  const { group, rows, full, limit } = loaderData;
  return (
    <div className="max-w-4xl">
      <p>
        <Link to={href('/hub')}>{t('hub.home.title')}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t('hub-support.queue.title')}</h1>
      <p className="mt-1 text-slate-700">{t('hub-support.queue.intro')}</p>
      <nav aria-label={t('hub-support.queue.title')} className="mt-4 flex flex-wrap gap-4">
        {supportQueueGroups.map((g) => (
          <Link
            key={g}
            to={`?group=${g}`}
            aria-current={g === group ? 'page' : undefined}
            className={g === group ? 'font-bold' : ''}
          >
            {t(`hub-support.queue.group.${g}`)}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <p className="mt-4">{t('hub-support.queue.none')}</p>
      ) : (
        <SupportList rows={rows} />
      )}
      {full ? <p className="mt-2 text-sm">{t('hub-support.queue.limit', { count: number(limit) })}</p> : null}
    </div>
  );
}
