import { Link } from 'react-router';
import { regionKinds } from '~/modules/reference/constants';
import { listRegions } from '~/modules/reference/list-regions.server';
import { guardPublic } from '~/permissions/guard.server';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/regions';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const regions = await listRegions();
  return {
    regions: regions.map((r) => ({
      id: r.id,
      kind: r.kind,
      code: r.code,
      parentId: r.parentId,
      name: r.name,
      memberCount: r.memberCount,
    })),
  };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('reference.regions.title'),
    description: i18n.t('reference.regions.intro'),
  }));

export default function Regions({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const { regions } = loaderData;
  return (
    <>
      <h1 className="text-3xl font-bold">{t('reference.regions.title')}</h1>
      <p className="mt-3 max-w-3xl">{t('reference.regions.intro')}</p>
      {regionKinds.map((kind) => {
        const group = regions.filter((r) => r.kind === kind);
        if (!group.length) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="mt-8">
            <h2 id={`kind-${kind}`} className="text-xl font-bold">
              {t(`reference.regions.kind.${kind}`)}
            </h2>
            <p className="mt-1 text-sm text-slate-600">{t(`reference.regions.kindIntro.${kind}`)}</p>
            <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
              {group.map((r) => (
                <li key={r.id} className="rounded border border-slate-200 bg-white p-3">
                  <Link to={href(`/regions/${r.id}`)} className="font-medium">
                    <TranslatedText value={r.name} />
                  </Link>
                  <p className="text-sm text-slate-600">
                    <bdi dir="ltr">{r.code}</bdi>
                    {' · '}
                    {r.memberCount
                      ? t('reference.regions.memberCount', { count: r.memberCount })
                      : t('reference.region.membershipNotRecorded')}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
