import { Link } from 'react-router';
import type { CoverageMatrix } from '~/modules/coverage/coverage.server';
import { coverageDefinitionKeys } from '~/modules/coverage/coverage-definitions';
import { BarChart, ChartScroller, HeatMap } from '~/ui/charts';
import { useHref, useI18n } from '~/ui/i18n';

/** How the radar counts: the same words on every page that shows its numbers. */
export function CoverageDefinitions() {
  const { t } = useI18n();
  return (
    <details className="mt-4 max-w-3xl rounded border border-slate-200 bg-white p-3">
      <summary className="cursor-pointer font-medium">{t('coverage.definitions')}</summary>
      <ul className="mt-2 list-disc space-y-1 ps-6 text-sm">
        {coverageDefinitionKeys.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </details>
  );
}

/** The heat map, its data table, the least-covered objectives and the yearly trend of one matrix. */
export function CoverageMatrixView({ matrix, csvHref }: { matrix: CoverageMatrix; csvHref: string }) {
  const { t, pick, number } = useI18n();
  const href = useHref();
  const columnNames = matrix.columns.map((c) => pick(c.name).text);
  const objectiveLabel = (n: number) => t('coverage.objectiveShort', { number: number(n) });
  const title =
    matrix.by === 'region'
      ? t('coverage.byRegion')
      : t('coverage.byCountry', { region: matrix.region ? pick(matrix.region.name).text : '' });
  if (matrix.note) {
    // Nothing to chart: say why instead of an empty heat map and tables of zeros.
    return (
      <section aria-labelledby="heatmap-heading" className="mt-6">
        <h2 id="heatmap-heading" className="text-xl font-bold">
          {title}
        </h2>
        <p className="mt-2 max-w-3xl rounded border border-amber-300 bg-amber-50 p-3" role="note">
          {t(`coverage.note.${matrix.note}`)}
        </p>
      </section>
    );
  }
  return (
    <>
      <section aria-labelledby="heatmap-heading" className="mt-6">
        <h2 id="heatmap-heading" className="text-xl font-bold">
          {title}
        </h2>
        <ChartScroller label={title}>
          <HeatMap
            id="coverage-heatmap"
            title={title}
            description={t('coverage.heatmapDescription', { columns: t(`coverage.columns.${matrix.by}`) })}
            rowLabels={matrix.rows.map((r) => objectiveLabel(r.objective))}
            columnLabels={matrix.columns.map((c) => c.id)}
            columnTitles={columnNames}
            values={matrix.rows.map((r) => r.cells.map((c) => c.total))}
          />
        </ChartScroller>
        <p className="mt-2">
          <a href={csvHref} download>
            {t('coverage.csv')}
          </a>
        </p>
        <details className="mt-3">
          <summary className="cursor-pointer font-medium">{t('coverage.table')}</summary>
          <div className="mt-2 relative overflow-x-auto">
            <table className="border-collapse text-sm">
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="p-1 text-start">
                    {t('coverage.col.objective')}
                  </th>
                  {matrix.columns.map((c, i) => (
                    <th key={c.id} scope="col" className="p-1 text-start">
                      {columnNames[i]}
                    </th>
                  ))}
                  <th scope="col" className="p-1 text-start">
                    {t('coverage.col.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {matrix.rows.map((r) => (
                  <tr key={r.objective} className="border-b border-slate-200">
                    <th scope="row" className="p-1 text-start font-normal">
                      <Link to={href(`/objectives/${r.objective}`)}>{objectiveLabel(r.objective)}</Link>
                    </th>
                    {r.cells.map((c, i) => (
                      <td key={matrix.columns[i]!.id} className="p-1">
                        {number(c.total)}
                      </td>
                    ))}
                    <td className="p-1 font-bold">{number(r.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </section>

      <section aria-labelledby="least-heading" className="mt-8">
        <h2 id="least-heading" className="text-xl font-bold">
          {t('coverage.least')}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t('coverage.leastIntro')}</p>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {matrix.leastCovered.map((l, i) => (
            <li key={l.column} className="rounded border border-slate-200 bg-white p-3">
              <h3 className="font-medium">
                {matrix.by === 'region' ? (
                  <Link to={href(`/coverage?region=${encodeURIComponent(l.column)}`)}>{columnNames[i]}</Link>
                ) : (
                  <Link to={href(`/countries/${l.column.toLowerCase()}`)}>{columnNames[i]}</Link>
                )}
              </h3>
              <ul className="mt-1 text-sm">
                {l.objectives.map((o) => (
                  <li key={o.objective}>
                    {t('coverage.leastItem', { objective: objectiveLabel(o.objective), count: o.total })}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>

      <PledgeStatusTable matrix={matrix} />

      <CoverageTrend trend={matrix.trend} />
    </>
  );
}

/**
 * Per objective, the public pledges of the matrix's scope by status, each number linked to the
 * registry with the same filters (the region's, on a region's page).
 */
function PledgeStatusTable({ matrix }: { matrix: CoverageMatrix }) {
  const { t, number } = useI18n();
  const href = useHref();
  const statuses = ['published', 'closed'] as const;
  const registry = (objective: number, status?: string) => {
    const query = new URLSearchParams({ objective: String(objective) });
    if (status) query.set('status', status);
    if (matrix.by === 'country' && matrix.region) query.set('region', matrix.region.id);
    return `${href('/pledges')}?${query}`;
  };
  return (
    <section aria-labelledby="pledge-status-heading" className="mt-8">
      <h2 id="pledge-status-heading" className="text-xl font-bold">
        {t('coverage.pledgeStatus.title')}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-600">{t('coverage.pledgeStatus.intro')}</p>
      <div className="relative mt-2 overflow-x-auto">
        <table className="border-collapse bg-white text-sm">
          <caption className="sr-only">{t('coverage.pledgeStatus.title')}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-1 text-start">
                {t('coverage.col.objective')}
              </th>
              {statuses.map((s) => (
                <th key={s} scope="col" className="p-1 text-end">
                  {t(`coverage.pledgeStatus.${s}`)}
                </th>
              ))}
              <th scope="col" className="p-1 text-end">
                {t('coverage.col.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {matrix.pledgeStatus.map((row) => (
              <tr key={row.objective} className="border-b border-slate-200">
                <th scope="row" className="p-1 text-start font-normal">
                  {t('coverage.objectiveShort', { number: number(row.objective) })}
                </th>
                {statuses.map((s) => (
                  <td key={s} className="p-1 text-end">
                    {row.byStatus[s] ? (
                      <Link to={registry(row.objective, s)}>{number(row.byStatus[s])}</Link>
                    ) : (
                      number(0)
                    )}
                  </td>
                ))}
                <td className="p-1 text-end">
                  {row.total ? <Link to={registry(row.objective)}>{number(row.total)}</Link> : number(0)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function CoverageTrend({ trend }: { trend: CoverageMatrix['trend'] }) {
  const { t, number } = useI18n();
  return (
    <section aria-labelledby="trend-heading" className="mt-8">
      <h2 id="trend-heading" className="text-xl font-bold">
        {t('coverage.trend')}
      </h2>
      {trend.length ? (
        <>
          <ChartScroller label={t('coverage.trend')}>
            <BarChart
              id="coverage-trend"
              title={t('coverage.trend')}
              description={t('coverage.trendDescription')}
              labels={trend.map((y) => number(y.year, { useGrouping: false }))}
              values={trend.map((y) => y.total)}
            />
          </ChartScroller>
          <table className="mt-2 border-collapse text-sm">
            <caption className="sr-only">{t('coverage.trend')}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-1 text-start">
                  {t('coverage.col.year')}
                </th>
                <th scope="col" className="p-1 text-start">
                  {t('coverage.col.items')}
                </th>
              </tr>
            </thead>
            <tbody>
              {trend.map((y) => (
                <tr key={y.year} className="border-b border-slate-200">
                  <th scope="row" className="p-1 text-start font-normal">
                    {number(y.year, { useGrouping: false })}
                  </th>
                  <td className="p-1">{number(y.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className="mt-2">{t('coverage.noTrend')}</p>
      )}
    </section>
  );
}
