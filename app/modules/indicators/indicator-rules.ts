import {
  type Disaggregation,
  type DisaggregationDimension,
  disaggregationDimensions,
  INDICATOR_YEAR_MIN,
  type IndicatorDisaggregations,
  type IndicatorUnit,
} from '#db/schema/indicator-values';
import { fieldRefusal } from '~/platform/errors';

/**
 * The rules of a reported value against its indicator, pure: the year within the reporting range,
 * each breakdown value one of the indicator's lists for that dimension (no dimension it does not
 * have), and the number within its unit (a percentage 0–100, counts, rates and money never
 * negative). One value per (country, indicator, year, breakdown): `disaggregationKey` is that
 * breakdown as one text, the same whatever order the dimensions came in.
 */
export interface IndicatorRef {
  unit: IndicatorUnit;
  disaggregations: IndicatorDisaggregations;
}

/** The breakdown as stored: dimensions in the list's order, blanks (the total) left out. */
export function normaliseDisaggregation(raw: Partial<Record<string, string | undefined>>): Disaggregation {
  const out: Disaggregation = {};
  for (const dimension of disaggregationDimensions) {
    const value = raw[dimension];
    if (value) out[dimension] = value;
  }
  return out;
}

export const disaggregationKey = (d: Disaggregation): string =>
  disaggregationDimensions
    .filter((dimension) => d[dimension])
    .map((dimension) => `${dimension}=${d[dimension]}`)
    .join(';');

/** The latest year a value may be reported for (the current year: a value is measured, not forecast). */
export const latestReportingYear = (now: Date) => now.getUTCFullYear();

/** Throws a field refusal naming the path of the first rule broken. */
export function checkIndicatorValue(
  indicator: IndicatorRef,
  value: { year: number; disaggregation: Partial<Record<string, string | undefined>>; value: number },
  now: Date,
): Disaggregation {
  const latest = latestReportingYear(now);
  if (value.year < INDICATOR_YEAR_MIN || value.year > latest) {
    throw fieldRefusal('year', 'indicatorYearOutOfRange', {
      params: { min: INDICATOR_YEAR_MIN, max: latest },
    });
  }
  const allowed = new Map<string, string[]>(indicator.disaggregations.map((d) => [d.dimension, d.values]));
  for (const [dimension, given] of Object.entries(value.disaggregation)) {
    if (!given) continue;
    const values = allowed.get(dimension);
    if (!values) throw fieldRefusal(`disaggregation.${dimension}`, 'disaggregationNotOfIndicator');
    if (!values.includes(given)) throw fieldRefusal(`disaggregation.${dimension}`, 'invalidChoice');
  }
  checkValueInUnit(indicator.unit, value.value);
  return normaliseDisaggregation(value.disaggregation);
}

export function checkValueInUnit(unit: IndicatorUnit, value: number): void {
  if (unit === 'percent' && (value < 0 || value > 100)) throw fieldRefusal('value', 'percentOutOfRange');
  if (unit !== 'index' && value < 0) throw fieldRefusal('value', 'indicatorValueNegative');
}

/** The dimensions of the indicator, for forms and CSV columns, in the list's order. */
export const dimensionsOf = (indicator: Pick<IndicatorRef, 'disaggregations'>): DisaggregationDimension[] =>
  disaggregationDimensions.filter((d) => indicator.disaggregations.some((x) => x.dimension === d));

/**
 * An edit of the catalogue may not strand the values already reported: once a value exists the
 * unit stays (a percentage does not become a count), and no breakdown value in use is removed.
 */
export function checkCatalogueEdit(
  current: IndicatorRef,
  next: IndicatorRef,
  uses: { count: number; breakdowns: readonly Disaggregation[] },
): void {
  if (!uses.count) return;
  if (current.unit !== next.unit) throw fieldRefusal('unit', 'indicatorUnitInUse');
  const allowed = new Map<string, string[]>(next.disaggregations.map((d) => [d.dimension, d.values]));
  for (const breakdown of uses.breakdowns) {
    for (const [dimension, value] of Object.entries(breakdown)) {
      if (value && !allowed.get(dimension)?.includes(value)) {
        throw fieldRefusal(`disaggregations.${dimension}`, 'indicatorBreakdownInUse', {
          params: { value },
        });
      }
    }
  }
}
