import { countReference } from '~/modules/reference/count-reference.server';
import { listObjectives } from '~/modules/reference/list-objectives.server';
import { cachedReference } from '~/modules/reference/reference-cache.server';
import { guardPublic } from '~/permissions/guard.server';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { Link } from '~/ui/link';
import { ObjectiveBadge } from '~/ui/objective-badge';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/home';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  // Reference data only, read on every visit of the most visited page: through the reference cache.
  return cachedReference('home', async () => {
    const [{ items }, counts] = await Promise.all([listObjectives({ withTitle: false }), countReference()]);
    return { objectives: items.map((o) => ({ number: o.number, shortLabel: o.shortLabel })), counts };
  });
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('reference.home.metaTitle'),
    description: i18n.t('reference.home.metaDescription'),
  }));

export default function Home({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const { objectives, counts } = loaderData;
  const entryPoints = [
    {
      to: '/objectives',
      title: t('reference.objectives.title'),
      text: t('reference.home.objectivesCount', { count: counts.objectives }),
    },
    {
      to: '/principles',
      title: t('reference.principles.title'),
      text: t('reference.home.principlesCount', { count: counts.principles }),
    },
    {
      to: '/countries',
      title: t('reference.countries.title'),
      text: t('reference.home.countriesCount', { members: counts.unMembers, observers: counts.observers }),
    },
    {
      to: '/regions',
      title: t('reference.regions.title'),
      text: t('reference.home.regionsCount', { count: counts.regions }),
    },
    {
      to: '/thematic-areas',
      title: t('reference.thematicAreas.title'),
      text: t('reference.home.thematicAreasCount', { count: counts.thematicAreas }),
    },
  ];
  return (
    <>
      <section aria-labelledby="home-title" className="mb-10">
        <h1 id="home-title" className="text-3xl font-bold text-brand-800">
          {t('reference.home.title')}
        </h1>
        <p className="mt-3 max-w-3xl text-lg">{t('reference.home.intro')}</p>
        <p className="mt-3 max-w-3xl text-slate-700">{t('reference.home.levels')}</p>
      </section>

      <section aria-labelledby="home-objectives" className="mb-10">
        <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="home-objectives" className="text-2xl font-bold">
            {t('reference.home.objectivesHeading', { count: counts.objectives })}
          </h2>
          <Link to={href('/objectives')}>{t('reference.home.allObjectives')}</Link>
        </div>
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {objectives.map((o) => (
            <li key={o.number}>
              <Link
                to={href(`/objectives/${o.number}`)}
                className="flex h-full items-center gap-3 rounded border border-slate-200 bg-white p-3 text-slate-900 no-underline hover:border-brand-600"
              >
                <ObjectiveBadge number={o.number} />
                <TranslatedText value={o.shortLabel} className="font-medium" />
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="home-explore">
        <h2 id="home-explore" className="mb-4 text-2xl font-bold">
          {t('reference.home.explore')}
        </h2>
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {entryPoints.map((e) => (
            <li key={e.to} className="rounded border border-slate-200 bg-white p-4">
              <h3 className="text-lg font-bold">
                <Link to={href(e.to)}>{e.title}</Link>
              </h3>
              <p className="mt-1 text-slate-700">{e.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
