import { Link } from 'react-router';
import { countPublicContentByObjective } from '~/modules/content/count-content.server';
import { canCurateHub } from '~/modules/hub/hub-policy';
import { listResources } from '~/modules/hub/resources/list-resources.server';
import { guardPublic } from '~/permissions/guard.server';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/index';
import { hubReference } from './hub-routes.server';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

/**
 * The Hub's front page: what it offers, the newest published resources, resources by objective (public
 * counts from the content index), and — for those who have them — the way to their reviews and the
 * editors' queue.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const [latest, byObjective, reference] = await Promise.all([
    listResources({ limit: 5 }),
    countPublicContentByObjective({ types: ['hub_resource'] }),
    hubReference(),
  ]);
  return {
    latest: latest.items,
    total: latest.total,
    byObjective: byObjective.map((o) => ({
      objective: o.objective,
      count: o.total,
      name: reference.objectives.find((x) => x.key === o.objective)?.name ?? {},
    })),
    signedIn: Boolean(viewer.user),
    curator: canCurateHub(viewer.subject),
  };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('hub.home.title'), description: i18n.t('hub.home.intro') }));

export default function HubHome({ loaderData }: Route.ComponentProps) {
  const { t, number, pick } = useI18n();
  const href = useHref();
  const { latest, total, byObjective, signedIn, curator } = loaderData;
  return (
    <div>
      <h1 className="text-2xl font-bold">{t('hub.home.title')}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t('hub.home.intro')}</p>
      <nav aria-label={t('hub.home.sections')} className="mt-4">
        <ul className="flex flex-wrap gap-4">
          <li>
            <Link to={href('/hub/resources')}>{t('hub.resources.title')}</Link>
          </li>
          <li>
            <Link to={href('/hub/resources/upload')}>{t('hub.submit.title')}</Link>
          </li>
          <li>
            <Link to={href('/hub/practices')}>{t('hub-practices.list.title')}</Link>
          </li>
          <li>
            <Link to={href('/hub/calls')}>{t('hub-practices.calls.title')}</Link>
          </li>
          <li>
            <Link to={href('/hub/discussions')}>{t('discussions.list.title')}</Link>
          </li>
          <li>
            <Link to={href('/hub/experts')}>{t('hub-experts.list.title')}</Link>
          </li>
          <li>
            <Link to={href('/hub/support/new')}>{t('hub-support.new.title')}</Link>
          </li>
          {signedIn ? (
            <li>
              <Link to={href('/hub/reviews')}>{t('hub.myReviews.title')}</Link>
            </li>
          ) : null}
          {curator ? (
            <>
              <li>
                <Link to={href('/hub/editor')}>{t('hub.queue.title')}</Link>
              </li>
              <li>
                <Link to={href('/hub/roster')}>{t('hub.roster.title')}</Link>
              </li>
              <li>
                <Link to={href('/hub/practices/queue')}>{t('hub-practices.queue.title')}</Link>
              </li>
              <li>
                <Link to={href('/hub/experts/vetting')}>{t('hub-experts.vetting.title')}</Link>
              </li>
            </>
          ) : null}
        </ul>
      </nav>
      <section aria-labelledby="latest-title" className="mt-6">
        <h2 id="latest-title" className="text-xl font-semibold">
          {t('hub.home.latest')}
        </h2>
        <p className="text-slate-700">{t('content.type.hub_resource.count', { count: total })}</p>
        <ul className="mt-2 list-disc space-y-1 ps-6">
          {latest.map((r) => (
            <li key={r.id}>
              <Link to={href(`/hub/resources/${r.id}`)}>
                <TranslatedText value={r.title} />
              </Link>
              {r.isSample ? <SampleBadge /> : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="objectives-title" className="mt-6">
        <h2 id="objectives-title" className="text-xl font-semibold">
          {t('hub.home.byObjective')}
        </h2>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {byObjective.map((o) => (
            <li key={o.objective}>
              <Link to={href(`/hub/resources?objective=${o.objective}`)}>
                {t('hub.objectiveFacet', {
                  number: number(o.objective),
                  label: pick(o.name).text,
                  count: number(o.count),
                })}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
