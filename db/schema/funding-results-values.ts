/**
 * Value lists of a joint programme's results framework (db/schema/funding-results.ts), free of Drizzle
 * so pages can import them. The kinds follow IATI's code lists (ResultType, IndicatorMeasure), so the
 * export writes their codes as they are.
 */

/** IATI ResultType: 1 output, 2 outcome, 3 impact, 9 other. */
export const resultTypes = ['output', 'outcome', 'impact', 'other'] as const;
export type ResultType = (typeof resultTypes)[number];
export const iatiResultTypeCode: Record<ResultType, string> = {
  output: '1',
  outcome: '2',
  impact: '3',
  other: '9',
};

/**
 * IATI IndicatorMeasure: 1 unit, 2 percentage. Marsad keeps numeric indicators only (qualitative
 * ones, code 5, would need text values; none of the fund's frameworks we know of needs them yet).
 */
export const indicatorMeasures = ['unit', 'percentage'] as const;
export type IndicatorMeasure = (typeof indicatorMeasures)[number];
export const iatiMeasureCode: Record<IndicatorMeasure, string> = { unit: '1', percentage: '2' };

export const resultEntityType = 'programme_result';
export const indicatorEntityType = 'result_indicator';
export const periodEntityType = 'indicator_period';
export const progressReportEntityType = 'progress_report';
