import { Link } from 'react-router';
import { listExpertsToVet } from '~/modules/hub/experts/get-expert.server';
import { guard } from '~/permissions/guard.server';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/expert-vetting';

/** The Hub editors' queue of expert profiles waiting for vetting (oldest first); each opens to decide. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guard(request, 'hub.curate');
  return { items: await listExpertsToVet({ subject: viewer.subject }) };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('hub-experts.vetting.title') }));

export default function ExpertVetting({ loaderData }: Route.ComponentProps) {
  const { t, number, list, date } = useI18n();
  const href = useHref();
  return (
    <div className="max-w-3xl">
      <p>
        <Link to={href('/hub/experts')}>{t('hub-experts.list.title')}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t('hub-experts.vetting.title')}</h1>
      <p className="mt-1 text-slate-700">{t('hub-experts.vetting.intro')}</p>
      {loaderData.items.length === 0 ? <p className="mt-4">{t('hub-experts.vetting.none')}</p> : null}
      <ul className="mt-4 space-y-4">
        {loaderData.items.map((e) => (
          <li key={e.id} className="rounded border border-slate-200 p-3">
            <Link to={href(`/hub/experts/${e.id}`)} className="text-lg font-medium">
              <bdi>{e.name}</bdi>
            </Link>
            {e.isSample ? <SampleBadge /> : null}
            <p className="text-sm text-slate-700">
              {e.organisation ? <bdi>{e.organisation}</bdi> : null}
              {e.organisation ? t('hub.listSeparator') : null}
              {date(e.updatedAt, { dateStyle: 'medium' })}
            </p>
            <TranslatedText value={e.biography} as="p" className="mt-1 line-clamp-2 text-sm" />
            <p className="text-sm text-slate-700">
              {list(e.objectives.map((o) => t('hub.objectiveShort', { number: number(o) })))}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
