import { data, Link } from 'react-router';
import { countPublicContent } from '~/modules/content/count-content.server';
import { taggedHubItems } from '~/modules/hub/tagged-hub-items.server';
import { guidingPrinciplesParagraph } from '~/modules/reference/constants';
import { getPrinciple } from '~/modules/reference/get-principle.server';
import { guardPublic } from '~/permissions/guard.server';
import { isLocale } from '~/platform/i18n/locales';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { ContentCounts } from '~/ui/content-counts';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { StatusBadge } from '~/ui/status-badge';
import { TranslatedText } from '~/ui/translated-text';
import { TaggedHubItems } from '../hub/tagged-hub-items';
import type { Route } from './+types/principle';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  const principle = await getPrinciple({ key: params.key });
  if (!principle) throw data({ code: 'notFound' }, { status: 404 });
  const locale = isLocale(params.lang) ? params.lang : 'ar';
  const [counts, hub] = await Promise.all([
    countPublicContent({ principle: principle.key }),
    taggedHubItems({ scope: { principle: principle.key } }),
  ]);
  return {
    principle: {
      key: principle.key,
      paragraph: principle.paragraph,
      name: principle.name,
      nameStatus: principle.status[`name.${locale}`] ?? null,
      previous: principle.previous,
      next: principle.next,
    },
    counts,
    hub,
  };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.pick(loaderData.principle.name).text,
          description: i18n.t('reference.principle.metaDescription', {
            name: i18n.pick(loaderData.principle.name).text,
            paragraph: guidingPrinciplesParagraph,
          }),
        })
      : null,
  );

export default function Principle({ loaderData }: Route.ComponentProps) {
  const { t, dir } = useI18n();
  const href = useHref();
  const { principle: p } = loaderData;
  const [backArrow, forwardArrow] = dir === 'rtl' ? ['→', '←'] : ['←', '→'];
  return (
    <article aria-labelledby="principle-title">
      <Breadcrumbs
        items={[
          { to: href('/principles'), label: t('reference.principles.title') },
          { label: t('reference.principle.paragraph', { paragraph: p.paragraph }) },
        ]}
      />
      <p className="text-sm text-slate-600">
        {t('reference.principle.paragraph', { paragraph: p.paragraph })}
      </p>
      <h1 id="principle-title" className="mt-1 text-3xl font-bold">
        <TranslatedText value={p.name} />
      </h1>
      <div className="mt-2">
        <StatusBadge note={p.nameStatus} onlyCaution />
      </div>
      <p className="mt-4 max-w-3xl">{t('reference.principle.crossCutting')}</p>
      <p className="mt-2">
        <Link to={href('/objectives')}>{t('reference.home.allObjectives')}</Link>
      </p>
      <div className="mt-8">
        <ContentCounts
          counts={loaderData.counts}
          headingId="principle-tagged"
          heading={t('reference.principle.tagged')}
        />
      </div>
      <div className="mt-8">
        <TaggedHubItems
          items={loaderData.hub}
          counts={loaderData.counts.byType}
          filter={{ name: 'principle', value: p.key }}
          headingId="principle-hub"
        />
      </div>
      <nav
        aria-label={t('reference.principle.pager')}
        className="mt-10 flex flex-wrap justify-between gap-4 border-t border-slate-200 pt-4"
      >
        {p.previous ? (
          <Link to={href(`/principles/${p.previous.key}`)} rel="prev">
            <span aria-hidden="true">{backArrow} </span>
            <TranslatedText value={p.previous.name} />
          </Link>
        ) : (
          <span />
        )}
        {p.next ? (
          <Link to={href(`/principles/${p.next.key}`)} rel="next">
            <TranslatedText value={p.next.name} />
            <span aria-hidden="true"> {forwardArrow}</span>
          </Link>
        ) : null}
      </nav>
    </article>
  );
}
