import { data, Link } from 'react-router';
import { countPublicContent } from '~/modules/content/count-content.server';
import { getRegion } from '~/modules/reference/get-region.server';
import { guardPublic } from '~/permissions/guard.server';
import { sortByName } from '~/platform/i18n/collation';
import { isLocale } from '~/platform/i18n/locales';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { ContentCounts } from '~/ui/content-counts';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { StatusBadge } from '~/ui/status-badge';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/region';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  const region = await getRegion({ id: params.id });
  if (!region) throw data({ code: 'notFound' }, { status: 404 });
  const locale = isLocale(params.lang) ? params.lang : 'ar';
  const members = sortByName(region.members, locale, (m) => m.name);
  return {
    region: {
      id: region.id,
      kind: region.kind,
      code: region.code,
      name: region.name,
      nameStatus: region.status[`name.${locale}`] ?? null,
      description: region.description,
      parent: region.parent,
      children: region.children,
      members,
      sources: region.sources,
    },
    counts: await countPublicContent({ region: region.id }),
  };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.pick(loaderData.region.name).text,
          description:
            i18n.pick(loaderData.region.description).text ||
            i18n.t(`reference.regionKind.${loaderData.region.kind}`),
        })
      : null,
  );

export default function Region({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const { region: r } = loaderData;
  return (
    <article aria-labelledby="region-title">
      <Breadcrumbs
        items={[{ to: href('/regions'), label: t('reference.regions.title') }, { label: r.code }]}
      />
      <p className="text-sm text-slate-600">
        {t(`reference.regionKind.${r.kind}`)} · <bdi dir="ltr">{r.code}</bdi>
      </p>
      <h1 id="region-title" className="mt-1 text-3xl font-bold">
        <TranslatedText value={r.name} />
      </h1>
      <div className="mt-2">
        <StatusBadge note={r.nameStatus} onlyCaution />
      </div>
      {r.description.ar || r.description.en ? (
        <TranslatedText as="p" value={r.description} className="mt-3 max-w-3xl" />
      ) : null}
      {r.parent ? (
        <p className="mt-3">
          {t('reference.region.partOf')}{' '}
          <Link to={href(`/regions/${r.parent.id}`)}>
            <TranslatedText value={r.parent.name} />
          </Link>
        </p>
      ) : null}

      {r.children.length ? (
        <section aria-labelledby="region-children" className="mt-8">
          <h2 id="region-children" className="text-xl font-bold">
            {t('reference.region.children')}
          </h2>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {r.children.map((c) => (
              <li key={c.id}>
                <Link to={href(`/regions/${c.id}`)}>
                  <TranslatedText value={c.name} />
                </Link>
                <span className="ms-2 text-sm text-slate-600">
                  {t('reference.regions.memberCount', { count: c.memberCount })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="region-members" className="mt-8">
        <h2 id="region-members" className="text-xl font-bold">
          {t('reference.region.members')}
        </h2>
        {r.members.length ? (
          <>
            <p className="mt-1 text-sm text-slate-600">
              {t('reference.regions.memberCount', { count: r.members.length })}
            </p>
            <ul className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
              {r.members.map((m) => (
                <li key={m.iso3}>
                  <Link to={href(`/countries/${m.iso3}`)}>
                    <TranslatedText value={m.name} />
                  </Link>
                  {m.unStatus === 'observer' ? (
                    <span className="ms-2 text-sm text-slate-600">{t('reference.unStatus.observer')}</span>
                  ) : null}
                  {m.note ? (
                    <span className="ms-2 text-sm text-slate-600">
                      <bdi dir="ltr" lang="en">
                        {m.note}
                      </bdi>
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
            <p className="mt-3 text-sm">
              <Link to={`${href('/countries')}?region=${encodeURIComponent(r.id)}`}>
                {t('reference.region.membersAsTable')}
              </Link>
            </p>
          </>
        ) : (
          <p className="mt-2 rounded border-s-4 border-slate-400 bg-slate-50 p-3">
            {t('reference.region.membershipNotRecorded')}
          </p>
        )}
      </section>

      <div className="mt-8">
        <ContentCounts counts={loaderData.counts} headingId="region-content" />
      </div>

      {r.sources.length ? (
        <details className="mt-8 text-sm text-slate-700">
          <summary>{t('reference.sources')}</summary>
          <ul className="mt-2 list-disc space-y-1 ps-6">
            {r.sources.map((s) => (
              <li key={s}>
                <bdi dir="ltr">{s}</bdi>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}
