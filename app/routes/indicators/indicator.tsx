import { data, Link } from 'react-router';
import { canManageIndicators } from '~/modules/indicators/indicator-policy';
import {
  getIndicatorByCode,
  listIndicatorValues,
  summariseIndicators,
} from '~/modules/indicators/indicator-records.server';
import { dimensionsOf } from '~/modules/indicators/indicator-rules';
import {
  breakdownText,
  dimensionLabel,
  formatIndicatorValue,
  unitLabel,
} from '~/modules/indicators/indicator-tables';
import { guardPublic } from '~/permissions/guard.server';
import { HorizontalBarChart } from '~/ui/charts/bar-chart-horizontal';
import { DashboardChartFigure, DataTable } from '~/ui/charts/dashboard-chart-figure';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/indicator';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

const notices = ['created', 'saved', 'retired', 'reinstated'] as const;
const noticeOf = (request: Request) => {
  const notice = new URL(request.url).searchParams.get('notice');
  return notices.find((n) => n === notice) ?? null;
};

/**
 * One indicator: what it measures, its breakdowns, the latest total of each state as a chart (with
 * the same numbers as a table and a CSV), and every reported value with its source.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const indicator = await getIndicatorByCode({ code: params.code });
  if (!indicator) throw data({ code: 'notFound' }, { status: 404 });
  const [values, [summary]] = await Promise.all([
    listIndicatorValues({ indicatorIds: [indicator.id] }),
    summariseIndicators({ indicatorCode: indicator.code }),
  ]);
  return {
    indicator: {
      code: indicator.code,
      name: indicator.name,
      definition: indicator.definition,
      objectives: indicator.objectives,
      sdgIndicator: indicator.sdgIndicator,
      unit: indicator.unit,
      disaggregations: indicator.disaggregations,
      dimensions: dimensionsOf(indicator),
      source: indicator.source,
      provisional: indicator.provisional,
      retired: indicator.retiredAt !== null,
    },
    mayEdit: canManageIndicators(viewer.subject),
    notice: noticeOf(request),
    latest: (summary?.byCountry ?? [])
      .map((c) => ({ iso3: c.iso3, name: c.name, year: c.latest.year, value: c.latest.value }))
      .sort((a, b) => b.value - a.value),
    values: values.map((v) => ({
      id: v.id,
      iso3: v.countryIso3,
      country: v.countryName,
      year: v.year,
      disaggregation: v.disaggregation,
      value: v.value,
      sourceNote: v.sourceNote,
    })),
  };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) =>
  pageMeta(matches, loaderData ? (i18n) => ({ title: i18n.pick(loaderData.indicator.name).text }) : null);

export default function Indicator({ loaderData }: Route.ComponentProps) {
  const i18n = useI18n();
  const { t, number, list, dir } = i18n;
  const href = useHref();
  const { indicator, latest, values } = loaderData;
  const caption = t('indicators.page.latestChart');
  const valueText = (v: number) => formatIndicatorValue(i18n, indicator.unit, v);
  return (
    <>
      <p className="mb-2">
        <Link to={href('/indicators')}>{t('indicators.title')}</Link>
      </p>
      <h1 className="text-3xl font-bold">
        <TranslatedText value={indicator.name} />
      </h1>
      {loaderData.notice ? (
        <p role="status" className="mt-4 max-w-3xl rounded border border-green-300 bg-green-50 p-3">
          {t(`indicators.notice.${loaderData.notice}`)}
        </p>
      ) : null}
      {loaderData.mayEdit ? (
        <p className="mt-3">
          <Link to={href(`/indicators/${encodeURIComponent(indicator.code)}/edit`)} className="font-bold">
            {t('indicators.editLink')}
          </Link>
        </p>
      ) : null}
      {indicator.retired ? (
        <p role="note" className="mt-4 max-w-3xl rounded border border-slate-300 bg-slate-50 p-3">
          {t('indicators.edit.retiredNote')}
        </p>
      ) : null}
      {indicator.provisional ? (
        <p role="note" className="mt-4 max-w-3xl rounded border border-amber-300 bg-amber-50 p-3">
          {t('indicators.provisionalOne')}
        </p>
      ) : null}
      {indicator.definition.ar || indicator.definition.en ? (
        <TranslatedText as="p" value={indicator.definition} className="mt-3 max-w-3xl" />
      ) : null}
      <dl className="mt-4 grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">{t('indicators.code')}</dt>
        <dd>
          <bdi dir="ltr">{indicator.code}</bdi>
        </dd>
        <dt className="font-bold">{t('indicators.objectives')}</dt>
        <dd>
          <ul className="flex flex-wrap gap-3">
            {indicator.objectives.map((o) => (
              <li key={o}>
                <Link to={href(`/objectives/${o}`)}>{t('indicators.objective', { number: number(o) })}</Link>
              </li>
            ))}
          </ul>
        </dd>
        <dt className="font-bold">{t('indicators.sdg')}</dt>
        <dd>{indicator.sdgIndicator ? <bdi dir="ltr">{indicator.sdgIndicator}</bdi> : '—'}</dd>
        <dt className="font-bold">{t('indicators.unitHeading')}</dt>
        <dd>{unitLabel(i18n, indicator.unit)}</dd>
        <dt className="font-bold">{t('indicators.breakdowns')}</dt>
        <dd>
          {indicator.disaggregations.length ? (
            <ul>
              {indicator.disaggregations.map((d) => (
                <li key={d.dimension}>
                  {t('indicators.breakdownValues', {
                    dimension: dimensionLabel(i18n, d.dimension),
                    values: list(d.values.map((v) => breakdownText(i18n, { [d.dimension]: v }))),
                  })}
                </li>
              ))}
            </ul>
          ) : (
            t('indicators.noBreakdown')
          )}
        </dd>
        <dt className="font-bold">{t('indicators.source')}</dt>
        <dd>
          <TranslatedText value={indicator.source} />
        </dd>
      </dl>

      <section aria-labelledby="latest" className="mt-8">
        <h2 id="latest" className="sr-only">
          {caption}
        </h2>
        <DashboardChartFigure
          id="chart-latest"
          caption={caption}
          note={t('indicators.page.latestNote')}
          tableLabel={t('indicators.page.showTable')}
          csvHref={href(`/indicators/${encodeURIComponent(indicator.code)}/values.csv`)}
          csvLabel={t('indicators.page.csv')}
          chart={
            latest.length ? (
              <HorizontalBarChart
                dir={dir}
                labelWidth={180}
                domainMax={indicator.unit === 'percent' ? 100 : undefined}
                label={t('indicators.page.chartSummary', {
                  title: caption,
                  list: list(
                    latest.map(
                      (r) =>
                        `${i18n.pick(r.name).text} (${number(r.year, { useGrouping: false })}): ${valueText(r.value)}`,
                    ),
                  ),
                })}
                rows={latest.map((r) => ({
                  key: r.iso3,
                  label: i18n.pick(r.name).text,
                  value: r.value,
                  valueText: valueText(r.value),
                }))}
              />
            ) : (
              <p className="text-slate-700">{t('indicators.page.noValues')}</p>
            )
          }
          table={
            <DataTable
              caption={caption}
              columns={[t('indicators.csv.country'), t('indicators.csv.year'), t('indicators.csv.value')]}
              rows={latest.map((r) => ({
                key: r.iso3,
                cells: [
                  <bdi key="c">{i18n.pick(r.name).text}</bdi>,
                  number(r.year, { useGrouping: false }),
                  valueText(r.value),
                ],
              }))}
            />
          }
        />
      </section>

      <section aria-labelledby="values" className="mt-8">
        <h2 id="values" className="text-xl font-bold">
          {t('indicators.page.values')}
        </h2>
        {values.length ? (
          <div className="mt-3 overflow-x-auto">
            <DataTable
              caption={t('indicators.page.values')}
              columns={[
                t('indicators.csv.country'),
                t('indicators.csv.year'),
                t('indicators.page.breakdown'),
                t('indicators.csv.value'),
                t('indicators.csv.source'),
              ]}
              rows={values.map((v) => ({
                key: v.id,
                cells: [
                  <Link key="c" to={href(`/countries/${v.iso3}`)}>
                    <bdi>{i18n.pick(v.country).text}</bdi>
                  </Link>,
                  number(v.year, { useGrouping: false }),
                  breakdownText(i18n, v.disaggregation),
                  valueText(v.value),
                  v.sourceNote.ar || v.sourceNote.en ? <TranslatedText key="s" value={v.sourceNote} /> : '',
                ],
              }))}
            />
          </div>
        ) : (
          <p className="mt-3 text-slate-700">{t('indicators.page.noValues')}</p>
        )}
      </section>
    </>
  );
}
