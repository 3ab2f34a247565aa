import type { IndicatorRow, IndicatorSummary } from './indicator-records.server';

/** An indicator of the catalogue as the JSON API answers it. */
export const presentIndicator = (i: IndicatorRow) => ({
  code: i.code,
  name: i.name,
  definition: i.definition,
  objectives: i.objectives,
  sdgIndicator: i.sdgIndicator,
  unit: i.unit,
  disaggregations: i.disaggregations,
  source: i.source,
  provisional: i.provisional,
  path: `/indicators/${encodeURIComponent(i.code)}`,
  csv: `/indicators/${encodeURIComponent(i.code)}/values.csv`,
});

/** Indicators with their states' totals, as the country and objective pages show them. */
export const presentSummaries = (summaries: IndicatorSummary[]) =>
  summaries.map((s) => ({
    code: s.indicator.code,
    name: s.indicator.name,
    unit: s.indicator.unit,
    byCountry: s.byCountry,
  }));
export type PresentedSummary = ReturnType<typeof presentSummaries>[number];
