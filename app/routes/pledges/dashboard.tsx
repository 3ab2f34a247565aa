import { Link } from 'react-router';
import { getPledgeDashboard } from '~/modules/pledges/pledge-dashboard.server';
import { getPledgeMapView } from '~/modules/pledges/pledge-map.server';
import { guardPublic } from '~/permissions/guard.server';
import { HorizontalBarChart } from '~/ui/charts/bar-chart-horizontal';
import { DashboardChartFigure, DataTable } from '~/ui/charts/dashboard-chart-figure';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import type { Route } from './+types/dashboard';
import { type DashboardChart, freshnessTones, TOP_COUNTRIES } from './dashboard-charts';
import { PledgeMapFigure } from './dashboard-map';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

/**
 * The public pledge dashboard: SVG charts drawn on the server from a handful of counts (the loader
 * sends numbers and labels; only the map adds its country shapes, computed once per process), each
 * with its data table and CSV.
 */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const [dashboard, map] = await Promise.all([getPledgeDashboard(), getPledgeMapView()]);
  return { ...dashboard, map };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('pledges-dashboard.title'),
    description: i18n.t('pledges-dashboard.intro'),
  }));

export default function PledgeDashboardPage({ loaderData: d }: Route.ComponentProps) {
  const { t, number, dir, pick, list } = useI18n();
  const href = useHref();
  const tt = (key: string, values?: Record<string, string | number>) => t(`pledges-dashboard.${key}`, values);
  const csv = (chart: DashboardChart) => `${href('/pledges/dashboard.csv')}?chart=${chart}`;
  const common = { tableLabel: tt('showTable'), csvLabel: tt('csv') };

  const objectiveRows = d.objectives.map((o) => ({
    key: String(o.number),
    label: tt('objectiveLabel', { number: number(o.number), label: pick(o.shortLabel).text }),
    value: o.count,
    valueText: number(o.count),
  }));
  const topObjective = [...d.objectives].sort((a, b) => b.count - a.count || a.number - b.number)[0];
  const objectivesWithPledges = d.objectives.filter((o) => o.count > 0).length;

  const statusRows = d.statuses.map((s) => ({
    key: s.status,
    label: tt(`status.${s.status}`),
    value: s.count,
    valueText: number(s.count),
    tone: s.status === 'published' ? ('brand' as const) : ('slate' as const),
  }));

  const topCountries = d.countries.slice(0, TOP_COUNTRIES);
  const countryRows = topCountries.map((c) => ({
    key: c.iso3,
    label: pick(c.name).text,
    value: c.count,
    valueText: number(c.count),
  }));

  const freshnessRows = freshnessTones.map((f) => ({
    key: f,
    label: tt(`freshness.${f}`),
    value: d.freshness[f],
    valueText: number(d.freshness[f]),
    tone: f,
  }));

  return (
    <article aria-labelledby="dashboard-title">
      <header>
        <h1 id="dashboard-title" className="text-2xl font-bold sm:text-3xl">
          {tt('title')}
        </h1>
        <p className="mt-2 max-w-3xl text-slate-700">{tt('intro')}</p>
        <p className="mt-2 font-medium">{tt('publishedTotal', { count: d.publishedTotal })}</p>
        <p className="mt-1">
          <Link to={href('/pledges')}>{tt('registryLink')}</Link>
        </p>
      </header>

      <div className="mt-8 grid gap-8">
        <DashboardChartFigure
          id="objectives"
          caption={tt('objectives.caption')}
          csvHref={csv('objectives')}
          {...common}
          chart={
            <HorizontalBarChart
              dir={dir}
              rows={objectiveRows}
              labelWidth={230}
              label={tt('objectives.summary', {
                count: objectivesWithPledges,
                top:
                  topObjective && topObjective.count > 0
                    ? tt('objectives.top', {
                        number: number(topObjective.number),
                        label: pick(topObjective.shortLabel).text,
                        count: number(topObjective.count),
                      })
                    : '',
              })}
            />
          }
          table={
            <DataTable
              caption={tt('objectives.caption')}
              columns={[tt('col.objective'), tt('col.pledges')]}
              rows={objectiveRows.map((r) => ({ key: r.key, cells: [r.label, r.valueText] }))}
            />
          }
        />

        <DashboardChartFigure
          id="statuses"
          caption={tt('statuses.caption')}
          note={tt('statuses.note')}
          csvHref={csv('statuses')}
          {...common}
          chart={
            <HorizontalBarChart
              dir={dir}
              rows={statusRows}
              labelWidth={160}
              label={tt('statuses.summary', {
                list: list(
                  statusRows.map((r) => tt('statuses.item', { status: r.label, count: r.valueText })),
                ),
              })}
            />
          }
          table={
            <DataTable
              caption={tt('statuses.caption')}
              columns={[tt('col.status'), tt('col.pledges')]}
              rows={statusRows.map((r) => ({ key: r.key, cells: [r.label, r.valueText] }))}
            />
          }
        />

        <DashboardChartFigure
          id="countries"
          caption={tt('countries.caption')}
          note={
            d.countries.length ? tt('countries.note', { count: topCountries.length }) : tt('countries.empty')
          }
          csvHref={csv('countries')}
          {...common}
          chart={
            <HorizontalBarChart
              dir={dir}
              rows={countryRows}
              labelWidth={200}
              label={tt('countries.summary', {
                count: number(topCountries.length),
                top: topCountries[0]
                  ? tt('countries.top', {
                      country: pick(topCountries[0].name).text,
                      count: number(topCountries[0].count),
                    })
                  : '',
              })}
            />
          }
          table={
            <DataTable
              caption={tt('countries.caption')}
              columns={[tt('col.country'), tt('col.pledges')]}
              rows={d.countries.map((c) => ({
                key: c.iso3,
                cells: [
                  <Link key={c.iso3} to={href(`/countries/${c.iso3}`)}>
                    {pick(c.name).text}
                  </Link>,
                  number(c.count),
                ],
              }))}
            />
          }
        />

        <PledgeMapFigure data={d.map} csvHref={`${href('/pledges/dashboard.csv')}?chart=map`} />

        <section
          aria-labelledby="financial-caption"
          id="financial"
          className="rounded border border-slate-200 p-4"
        >
          <h2 id="financial-caption" className="text-lg font-bold">
            {tt('financial.caption')}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{tt('financial.note')}</p>
          {d.financial.length ? (
            <div className="mt-3 relative overflow-x-auto">
              <DataTable
                caption={tt('financial.caption')}
                columns={[tt('col.currency'), tt('col.total'), tt('col.pledges')]}
                rows={d.financial.map((f) => ({
                  key: f.currency,
                  cells: [
                    <bdi key={f.currency} dir="ltr">
                      {f.currency}
                    </bdi>,
                    number(f.total, { maximumFractionDigits: 2 }),
                    tt('financial.pledges', { count: f.pledges }),
                  ],
                }))}
              />
            </div>
          ) : (
            <p className="mt-3">{tt('financial.empty')}</p>
          )}
          <p className="mt-2">
            <a href={csv('financial')} download className="text-sm">
              {tt('csv')}
            </a>
          </p>
        </section>

        <DashboardChartFigure
          id="freshness"
          caption={tt('freshness.caption')}
          note={tt('freshness.note')}
          csvHref={csv('freshness')}
          {...common}
          chart={
            <HorizontalBarChart
              dir={dir}
              rows={freshnessRows}
              labelWidth={200}
              label={tt('freshness.summary', {
                green: number(d.freshness.green),
                amber: number(d.freshness.amber),
                red: number(d.freshness.red),
              })}
            />
          }
          table={
            <DataTable
              caption={tt('freshness.caption')}
              columns={[tt('col.freshness'), tt('col.pledges')]}
              rows={freshnessRows.map((r) => ({ key: r.key, cells: [r.label, r.valueText] }))}
            />
          }
        />
      </div>
    </article>
  );
}
