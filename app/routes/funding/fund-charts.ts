import type { Translated } from '#db/schema/columns';
import type { FundDashboard } from '~/modules/funding/fund-dashboard.server';
import type { I18n } from '~/platform/i18n/translator';

/**
 * The fund dashboard's charts, one table each: the page draws them as bars and shows the table, the
 * CSV route (`/:lang/funding/dashboard.csv?chart=…`) writes the same rows with headings in the
 * reader's language and plain numbers.
 */
export const fundCharts = ['byYear', 'byDonor', 'byArea', 'byRegion', 'funnel', 'demand'] as const;
export type FundChart = (typeof fundCharts)[number];
export const isFundChart = (v: unknown): v is FundChart => fundCharts.includes(v as FundChart);

export interface ChartRow {
  key: string;
  label: string;
  value: number;
  /** Extra columns (programmes counted) after the label, before the value. */
  extra?: number[];
}

export interface ChartTable {
  columns: string[];
  rows: ChartRow[];
}

export function fundChartTable(
  chart: FundChart,
  d: FundDashboard,
  i18n: Pick<I18n, 't' | 'pick' | 'number'>,
  names: { areas: Record<number, Translated>; places: Record<string, Translated> },
): ChartTable {
  const name = (v: Translated | undefined, fallback: string) => (v ? i18n.pick(v).text : fallback);
  switch (chart) {
    case 'byYear':
      return {
        columns: [i18n.t('funding.dashboard.year'), i18n.t('funding.dashboard.amountUsd')],
        rows: d.contributions.byYear.map((r) => ({
          key: String(r.year),
          label: i18n.number(r.year, { useGrouping: false }),
          value: r.usd,
        })),
      };
    case 'byDonor':
      return {
        columns: [i18n.t('funding.dashboard.donor'), i18n.t('funding.dashboard.amountUsd')],
        rows: d.contributions.byDonor.map((r) => ({ key: r.donor, label: r.donor, value: r.usd })),
      };
    case 'byArea':
      return {
        columns: [
          i18n.t('funding.dashboard.area'),
          i18n.t('funding.dashboard.programmes'),
          i18n.t('funding.dashboard.amountUsd'),
        ],
        rows: d.allocations.byThematicArea.map((r) => ({
          key: String(r.thematicAreaId),
          label: name(names.areas[r.thematicAreaId], String(r.thematicAreaId)),
          extra: [r.programmes],
          value: r.usd,
        })),
      };
    case 'byRegion':
      return {
        columns: [
          i18n.t('funding.dashboard.region'),
          i18n.t('funding.dashboard.programmes'),
          i18n.t('funding.dashboard.amountUsd'),
        ],
        rows: d.allocations.byRegion.map((r) => ({
          key: r.regionId ?? '-',
          label: r.regionId
            ? name(names.places[r.regionId], r.regionId)
            : i18n.t('funding.dashboard.noRegion'),
          extra: [r.programmes],
          value: r.usd,
        })),
      };
    case 'funnel':
      return {
        columns: [i18n.t('funding.dashboard.stage'), i18n.t('funding.dashboard.notes')],
        rows: (['inPipeline', 'selected', 'funded'] as const).map((stage) => ({
          key: stage,
          label: i18n.t(`funding.dashboard.reached.${stage}`),
          value: d.pipeline.reached[stage],
        })),
      };
    case 'demand':
      return {
        columns: [i18n.t('funding.dashboard.measure'), i18n.t('funding.dashboard.amountUsd')],
        rows: [
          { key: 'demand', label: i18n.t('funding.dashboard.demand'), value: d.pipeline.demandUsd },
          { key: 'available', label: i18n.t('funding.dashboard.available'), value: d.availableUsd },
        ],
      };
  }
}

/** The table as CSV rows: headings, then label, extra columns, value. */
export const chartCsvRows = (table: ChartTable): (string | number)[][] => [
  table.columns,
  ...table.rows.map((r) => [r.label, ...(r.extra ?? []), r.value]),
];
