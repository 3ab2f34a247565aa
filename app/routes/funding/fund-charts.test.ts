import { describe, expect, it } from 'vitest';
import type { FundDashboard } from '~/modules/funding/fund-dashboard.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { chartCsvRows, fundChartTable } from './fund-charts';

const board: FundDashboard = {
  contributions: {
    totalUsd: 3_500_000,
    count: 3,
    byYear: [
      { year: 2023, usd: 1_000_000 },
      { year: 2024, usd: 2_500_000 },
    ],
    byDonor: [{ donor: 'Germany', usd: 3_500_000, count: 3 }],
  },
  allocations: {
    totalUsd: 2_000_000,
    programmes: 2,
    byThematicArea: [{ thematicAreaId: 4, usd: 2_000_000, programmes: 2 }],
    byRegion: [{ regionId: null, usd: 2_000_000, programmes: 2 }],
  },
  pipeline: {
    byStatus: {
      submitted: 0,
      screened: 0,
      in_pipeline: 3,
      selected: 1,
      funded: 2,
      closed: 0,
      not_selected: 0,
    },
    reached: { inPipeline: 6, selected: 3, funded: 2 },
    places: 4,
    demandUsd: 1_200_000,
  },
  availableUsd: 1_500_000,
};
const names = { areas: { 4: { ar: 'تيسير الهجرة النظامية', en: 'Regular migration' } }, places: {} };

describe('the fund dashboard charts as tables', () => {
  it('give each chart its rows, headings in the reader’s language, plain numbers for the CSV', () => {
    const ar = serverI18n('ar', 'latn');
    expect(chartCsvRows(fundChartTable('byArea', board, ar, names))).toEqual([
      [
        ar.t('funding.dashboard.area'),
        ar.t('funding.dashboard.programmes'),
        ar.t('funding.dashboard.amountUsd'),
      ],
      ['تيسير الهجرة النظامية', 2, 2_000_000],
    ]);
    const en = serverI18n('en', 'latn');
    expect(chartCsvRows(fundChartTable('funnel', board, en, names)).slice(1)).toEqual([
      [en.t('funding.dashboard.reached.inPipeline'), 6],
      [en.t('funding.dashboard.reached.selected'), 3],
      [en.t('funding.dashboard.reached.funded'), 2],
    ]);
    // Demand against funds available: requested by the published pipeline vs contributions − allocations.
    expect(fundChartTable('demand', board, en, names).rows.map((r) => [r.key, r.value])).toEqual([
      ['demand', 1_200_000],
      ['available', 1_500_000],
    ]);
    expect(fundChartTable('byRegion', board, en, names).rows[0]!.label).toBe(
      en.t('funding.dashboard.noRegion'),
    );
    expect(fundChartTable('byYear', board, en, names).rows.map((r) => r.label)).toEqual(['2023', '2024']);
  });
});
