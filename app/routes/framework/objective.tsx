import { data } from 'react-router';
import { countPublicContent } from '~/modules/content/count-content.server';
import { taggedHubItems } from '~/modules/hub/tagged-hub-items.server';
import { presentSummaries } from '~/modules/indicators/indicator-presenter';
import { summariseIndicators } from '~/modules/indicators/indicator-records.server';
import { parseObjectiveNumber } from '~/modules/reference/constants';
import { getObjective } from '~/modules/reference/get-objective.server';
import { needsCaution } from '~/modules/reference/translation-status';
import { guardPublic } from '~/permissions/guard.server';
import { isLocale } from '~/platform/i18n/locales';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { ContentCounts } from '~/ui/content-counts';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { Link } from '~/ui/link';
import { ObjectiveBadge } from '~/ui/objective-badge';
import { pageMeta } from '~/ui/page-meta';
import { StatusBadge } from '~/ui/status-badge';
import { TranslatedText } from '~/ui/translated-text';
import { TaggedHubItems } from '../hub/tagged-hub-items';
import { ObjectiveIndicators } from '../indicators/indicator-summaries';
import type { Route } from './+types/objective';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  const number = parseObjectiveNumber(params.number);
  if (number === null) throw data({ code: 'notFound' }, { status: 404 });
  const locale = isLocale(params.lang) ? params.lang : 'ar';
  const [objective, counts, indicators, hub] = await Promise.all([
    getObjective({ number, withPrinciples: true }),
    countPublicContent({ objective: number }),
    summariseIndicators({ objective: number }),
    taggedHubItems({ scope: { objective: number } }),
  ]);
  if (!objective) throw data({ code: 'notFound' }, { status: 404 });
  return {
    objective: {
      number: objective.number,
      code: objective.code,
      title: objective.title,
      shortLabel: objective.shortLabel,
      titleStatus: objective.status[`title.${locale}`] ?? null,
      shortLabelStatus: objective.status[`shortLabel.${locale}`] ?? null,
      thematicAreas: objective.thematicAreas,
      principles: (objective.principles ?? []).map((p) => ({ key: p.key, name: p.name })),
      previous: objective.previous,
      next: objective.next,
    },
    counts,
    indicators: presentSummaries(indicators),
    hub,
  };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: `${i18n.t('reference.objective.numbered', { number: loaderData.objective.number })}: ${i18n.pick(loaderData.objective.shortLabel).text}`,
          description: i18n.pick(loaderData.objective.title).text,
        })
      : null,
  );

export default function Objective({ loaderData }: Route.ComponentProps) {
  const { t, dir } = useI18n();
  const href = useHref();
  const { objective: o, counts } = loaderData;
  // Arrows point the way the page reads: "previous" towards the start side.
  const [backArrow, forwardArrow] = dir === 'rtl' ? ['→', '←'] : ['←', '→'];
  const caution = [o.titleStatus, o.shortLabelStatus].find((note) => needsCaution(note));
  return (
    <article aria-labelledby="objective-title">
      <Breadcrumbs
        items={[
          { to: href('/objectives'), label: t('reference.objectives.title') },
          { label: t('reference.objective.numbered', { number: o.number }) },
        ]}
      />
      <header className="flex items-start gap-4">
        <ObjectiveBadge number={o.number} size="lg" />
        <div>
          <p className="text-sm text-slate-600">
            {t('reference.objective.numbered', { number: o.number })} · <bdi dir="ltr">{o.code}</bdi>
          </p>
          <h1 id="objective-title" className="mt-1 text-2xl font-bold sm:text-3xl">
            <TranslatedText value={o.title} />
          </h1>
          <p className="mt-2 flex flex-wrap items-center gap-2 text-slate-700">
            <span className="font-medium">{t('reference.objective.shortLabel')}</span>
            <TranslatedText value={o.shortLabel} />
          </p>
          {caution ? (
            <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
              <StatusBadge note={caution} />
              {t('reference.objective.cautionNote')}
            </p>
          ) : null}
        </div>
      </header>

      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="objective-area">
          <h2 id="objective-area" className="text-xl font-bold">
            {t('reference.objective.thematicArea')}
          </h2>
          {o.thematicAreas.length ? (
            <ul className="mt-2 space-y-2">
              {o.thematicAreas.map((a) => (
                <li key={a.id}>
                  <Link to={`${href('/thematic-areas')}#area-${a.id}`}>
                    <TranslatedText value={a.name} />
                  </Link>
                  {a.verified ? null : (
                    <small className="ms-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">
                      {t('reference.status.unverified')}
                    </small>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">{t('reference.objective.noThematicArea')}</p>
          )}
          <p className="mt-2 text-sm text-slate-600">{t('reference.thematicAreas.unverifiedNote')}</p>
        </section>

        <div>
          <ContentCounts
            counts={counts}
            headingId="objective-tagged"
            heading={t('reference.objective.tagged')}
          />
          <p className="mt-2">
            <Link to={`${href('/pledges')}?objective=${o.number}`}>
              {t('pledges.summary.objective', { count: counts.byType.pledge })}
            </Link>
          </p>
        </div>
      </div>

      <div className="mt-8">
        <TaggedHubItems
          items={loaderData.hub}
          counts={counts.byType}
          filter={{ name: 'objective', value: String(o.number) }}
          headingId="objective-hub"
        />
      </div>

      <section aria-labelledby="objective-principles" className="mt-8">
        <h2 id="objective-principles" className="text-xl font-bold">
          {t('reference.principles.title')}
        </h2>
        <p className="mt-1 text-slate-700">{t('reference.objective.principlesIntro')}</p>
        <ul className="mt-2 flex flex-wrap gap-2">
          {o.principles.map((p) => (
            <li key={p.key}>
              <Link
                to={href(`/principles/${p.key}`)}
                className="inline-block rounded-full border border-brand-600 px-3 py-1 text-sm no-underline"
              >
                <TranslatedText value={p.name} />
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <ObjectiveIndicators summaries={loaderData.indicators} />

      <nav
        aria-label={t('reference.objective.pager')}
        className="mt-10 flex flex-wrap justify-between gap-4 border-t border-slate-200 pt-4"
      >
        {o.previous ? (
          <Link to={href(`/objectives/${o.previous.number}`)} rel="prev">
            <span aria-hidden="true">{backArrow} </span>
            {t('reference.objective.previous', { number: o.previous.number })}
            <TranslatedText value={o.previous.shortLabel} className="block text-sm text-slate-700" />
          </Link>
        ) : (
          <span />
        )}
        {o.next ? (
          <Link to={href(`/objectives/${o.next.number}`)} rel="next" className="text-end">
            {t('reference.objective.next', { number: o.next.number })}
            <span aria-hidden="true"> {forwardArrow}</span>
            <TranslatedText value={o.next.shortLabel} className="block text-sm text-slate-700" />
          </Link>
        ) : null}
      </nav>
    </article>
  );
}
