import { Link } from 'react-router';
import { listCalls } from '~/modules/hub/practices/calls.server';
import { canManageCalls } from '~/modules/hub/practices/practice-policy';
import { guardPublic } from '~/permissions/guard.server';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/calls';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

/** Calls for practices: open ones first (nearest deadline first), then closed ones; editors open new ones. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  return {
    calls: await listCalls({ subject: viewer.subject }),
    canManage: canManageCalls(viewer.subject),
  };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('hub-practices.calls.title'),
    description: i18n.t('hub-practices.calls.intro'),
  }));

export default function Calls({ loaderData }: Route.ComponentProps) {
  const { t, date, number } = useI18n();
  const href = useHref();
  return (
    <div>
      <p>
        <Link to={href('/hub')}>{t('hub.home.title')}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t('hub-practices.calls.title')}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">{t('hub-practices.calls.intro')}</p>
      {loaderData.canManage ? (
        <p className="mt-2">
          <Link to={href('/hub/calls/new')}>{t('hub-practices.calls.new')}</Link>
        </p>
      ) : null}
      {loaderData.calls.length === 0 ? <p className="mt-4">{t('hub-practices.calls.none')}</p> : null}
      <ul className="mt-4 space-y-4">
        {loaderData.calls.map((c) => (
          <li key={c.id} className="rounded border border-slate-200 p-3">
            <Link to={href(`/hub/calls/${c.id}`)} className="text-lg font-medium">
              <TranslatedText value={c.theme} />
            </Link>
            {c.isSample ? <SampleBadge /> : null}
            <p className="text-sm text-slate-700">
              {t(`hub-practices.callStatus.${c.status}`)}
              {t('hub.listSeparator')}
              {t('hub-practices.call.deadlineLine', {
                deadline: date(c.deadlineAt, { dateStyle: 'long', timeStyle: 'short', timeZone: c.timeZone }),
              })}{' '}
              (<bdi dir="ltr">{c.timeZone}</bdi>){t('hub.listSeparator')}
              {t('content.type.hub_practice.count', { count: c.practices })}
            </p>
            <p className="mt-1 text-sm text-slate-700">
              {c.objectives
                .map((o) => t('hub.objectiveShort', { number: number(o) }))
                .join(t('hub.listSeparator'))}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
