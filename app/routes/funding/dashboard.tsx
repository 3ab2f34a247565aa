import { Link } from 'react-router';
import { fundDashboard } from '~/modules/funding/fund-dashboard.server';
import { canReadWholePipeline, mayOpenConceptNoteForm } from '~/modules/funding/funding-policy';
import { IATI_VERSION } from '~/modules/funding/iati/iati-activity';
import { listProgrammes } from '~/modules/funding/list-programmes.server';
import { guardPublic } from '~/permissions/guard.server';
import { HorizontalBarChart } from '~/ui/charts/bar-chart-horizontal';
import { DashboardChartFigure, DataTable } from '~/ui/charts/dashboard-chart-figure';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/dashboard';
import { type ChartTable, type FundChart, fundCharts, fundChartTable } from './fund-charts';
import { fundingNames } from './funding-names.server';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

/**
 * The public fund dashboard: money in (contributions by year and donor), money out (allocations by
 * thematic area and region), the published pipeline as a funnel, demand against funds available, and
 * what each number means. The secretariat and the steering committee also see the whole pipeline.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const insider = canReadWholePipeline(viewer.subject);
  const [board, whole, names, latest] = await Promise.all([
    fundDashboard({ scope: 'public' }),
    insider ? fundDashboard({ scope: 'all' }) : Promise.resolve(null),
    fundingNames(),
    listProgrammes({ limit: 10, offset: 0 }),
  ]);
  return {
    board,
    wholeByStatus: whole?.pipeline.byStatus ?? null,
    areaNames: names.areaNames,
    places: names.places,
    programmes: latest.items.map((p) => ({
      id: p.id,
      title: p.title,
      budgetUsd: p.budgetUsd,
      place: p.countryIso3 ?? p.regionId,
    })),
    mayPropose: mayOpenConceptNoteForm(viewer.subject),
    insider,
  };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('funding.title'), description: i18n.t('funding.intro') }));

export default function FundDashboard({ loaderData }: Route.ComponentProps) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const href = useHref();
  const { board, wholeByStatus, areaNames, places, programmes } = loaderData;
  const tables = Object.fromEntries(
    fundCharts.map((chart) => [chart, fundChartTable(chart, board, i18n, { areas: areaNames, places })]),
  ) as Record<FundChart, ChartTable>;
  const usd = (amount: number) => t('funding.dashboard.usd', { amount: number(amount) });
  const figures = [
    ['contributions', board.contributions.totalUsd],
    ['allocated', board.allocations.totalUsd],
    ['available', board.availableUsd],
    ['demand', board.pipeline.demandUsd],
  ] as const;
  return (
    <>
      <h1 className="text-3xl font-bold">{t('funding.title')}</h1>
      <p className="mt-3 max-w-3xl">{t('funding.intro')}</p>
      <nav className="mt-4 flex flex-wrap gap-4">
        <Link to={href('/funding/concept-notes')}>{t('funding.nav.pipeline')}</Link>
        {loaderData.mayPropose ? (
          <Link to={href('/funding/concept-notes/new')}>{t('funding.nav.newNote')}</Link>
        ) : null}
        <Link to={href('/funding/contributions')}>{t('funding.nav.contributions')}</Link>
        {loaderData.insider ? (
          <Link to={href('/funding/decisions')}>{t('funding.nav.decisions')}</Link>
        ) : null}
      </nav>

      <section aria-labelledby="money" className="mt-8">
        <h2 id="money" className="text-2xl font-bold">
          {t('funding.dashboard.money')}
        </h2>
        <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {figures.map(([key, amount]) => (
            <div key={key} className="rounded border border-slate-200 bg-white p-4">
              <dt className="text-sm text-slate-700">{t(`funding.dashboard.${key}`)}</dt>
              <dd className="mt-1 text-xl font-bold" data-figure={key}>
                {usd(amount)}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="funnel" className="mt-8">
        <h2 id="funnel" className="text-2xl font-bold">
          {t('funding.dashboard.funnel')}
        </h2>
        <ol className="mt-4 space-y-2">
          {(['inPipeline', 'selected', 'funded'] as const).map((stage) => (
            <li key={stage} className="flex flex-wrap items-baseline gap-2" data-stage={stage}>
              <strong className="text-xl" data-n={board.pipeline.reached[stage]}>
                {number(board.pipeline.reached[stage])}
              </strong>
              <span>{t(`funding.dashboard.reached.${stage}`)}</span>
            </li>
          ))}
        </ol>
        <p className="mt-3" data-figure="ratio">
          {t('funding.dashboard.ratio', {
            selected: board.pipeline.reached.selected,
            notes: board.pipeline.reached.inPipeline,
            places: board.pipeline.places,
          })}
        </p>
        {wholeByStatus ? (
          <div className="mt-4 rounded border border-sky-700 bg-sky-50 p-3">
            <h3 className="font-bold">{t('funding.dashboard.wholePipeline')}</h3>
            <ul className="mt-2 flex flex-wrap gap-4">
              {Object.entries(wholeByStatus).map(([status, n]) => (
                <li key={status}>
                  {t(`funding.status.${status}`)}: <strong>{number(n)}</strong>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        {fundCharts.map((chart) => (
          <FundChartFigure key={chart} chart={chart} table={tables[chart]} />
        ))}
      </div>

      <section aria-labelledby="programmes" className="mt-8">
        <h2 id="programmes" className="text-2xl font-bold">
          {t('funding.dashboard.latestProgrammes')}
        </h2>
        {programmes.length ? (
          <ul className="mt-3 space-y-2">
            {programmes.map((p) => (
              <li key={p.id}>
                <Link to={href(`/funding/programmes/${p.id}`)}>
                  <TranslatedText value={p.title} />
                </Link>{' '}
                — {p.place ? <TranslatedText value={places[p.place]} /> : null} — {usd(p.budgetUsd)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-slate-700">{t('funding.dashboard.empty')}</p>
        )}
      </section>

      <section aria-labelledby="iati" className="mt-8 max-w-3xl">
        <h2 id="iati" className="text-2xl font-bold">
          {t('funding.iati.title')}
        </h2>
        <p className="mt-2">
          {t('funding.iati.intro', { version: number(Number(IATI_VERSION), { minimumFractionDigits: 2 }) })}
        </p>
        <ul className="mt-2 space-y-1">
          <li>
            <a href={href('/funding/iati.json')} download>
              {t('funding.iati.json')}
            </a>
          </li>
          {(['activity', 'budget', 'transaction', 'result'] as const).map((table) => (
            <li key={table}>
              <a href={`${href('/funding/iati.csv')}?table=${table}`} download>
                {t(`funding.iati.csv.${table}`)}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="definitions" className="mt-8 max-w-3xl">
        <h2 id="definitions" className="text-2xl font-bold">
          {t('funding.dashboard.definitions')}
        </h2>
        <dl className="mt-3 space-y-2">
          {(['contributions', 'allocated', 'available', 'demand'] as const).map((key) => (
            <div key={key}>
              <dt className="font-bold">{t(`funding.dashboard.${key}`)}</dt>
              <dd>{t(`funding.dashboard.def.${key}`)}</dd>
            </div>
          ))}
          <div>
            <dt className="font-bold">{t('funding.dashboard.funnel')}</dt>
            <dd>{t('funding.dashboard.def.pipeline')}</dd>
          </div>
        </dl>
      </section>
    </>
  );
}

function FundChartFigure({ chart, table }: { chart: FundChart; table: ChartTable }) {
  const { t, number, dir, list } = useI18n();
  const href = useHref();
  const money = chart !== 'funnel';
  const valueText = (v: number) => (money ? t('funding.dashboard.usd', { amount: number(v) }) : number(v));
  const caption = t(`funding.dashboard.chart.${chart}`);
  return (
    <DashboardChartFigure
      id={`chart-${chart}`}
      caption={caption}
      note={t(`funding.dashboard.chartDef.${chart}`)}
      tableLabel={t('funding.dashboard.showTable')}
      csvHref={`${href('/funding/dashboard.csv')}?chart=${chart}`}
      csvLabel={t('funding.dashboard.csv')}
      chart={
        table.rows.length ? (
          <HorizontalBarChart
            dir={dir}
            labelWidth={220}
            label={t('funding.dashboard.chartSummary', {
              title: caption,
              list: list(table.rows.map((r) => `${r.label}: ${valueText(r.value)}`)),
            })}
            rows={table.rows.map((r) => ({
              key: r.key,
              label: r.label.length > 32 ? `${r.label.slice(0, 31)}…` : r.label,
              value: r.value,
              valueText: money ? number(r.value, { notation: 'compact' }) : number(r.value),
            }))}
          />
        ) : (
          <p className="text-slate-700">{t('funding.dashboard.empty')}</p>
        )
      }
      table={
        <DataTable
          caption={caption}
          columns={table.columns}
          rows={table.rows.map((r) => ({
            key: r.key,
            cells: [<bdi key="l">{r.label}</bdi>, ...(r.extra ?? []).map((n) => number(n)), number(r.value)],
          }))}
        />
      }
    />
  );
}
