import type { Translated } from '#db/schema/columns';
import type {
  Disaggregation,
  DisaggregationDimension,
  DisaggregationValue,
  IndicatorDisaggregations,
  IndicatorUnit,
} from '#db/schema/indicator-values';
import type { I18n } from '~/platform/i18n/translator';
import { dimensionsOf } from './indicator-rules';

/**
 * Indicator values as tables in the reader's language: the page's table and the tidy CSV (one row
 * per value: state, its ISO3 code, year, one column per breakdown dimension — "total" where the
 * value is not broken down by it — the value as a plain number, its unit, the source note).
 */
type Labels = Pick<I18n, 't' | 'pick' | 'number' | 'list'>;

export const dimensionLabel = (i18n: Labels, d: DisaggregationDimension) =>
  i18n.t(`indicators.dimension.${d}`);
export const valueLabel = (i18n: Labels, v: string) =>
  i18n.t(`indicators.dv.${v as DisaggregationValue}`, ageBounds(v));

/**
 * An age group's code is its bounds ("15_24", "65_plus"): the label gets them as numbers, so they
 * show in the reader's digits and cannot drift from the code.
 */
function ageBounds(v: string): { from: number; to?: number } | undefined {
  const m = /^(\d+)_(\d+|plus)$/.exec(v);
  if (!m) return undefined;
  return m[2] === 'plus' ? { from: Number(m[1]) } : { from: Number(m[1]), to: Number(m[2]) };
}
export const unitLabel = (i18n: Labels, u: IndicatorUnit) => i18n.t(`indicators.unit.${u}`);

/** The breakdown in words ("female, 15–24"), or "total". */
export function breakdownText(i18n: Labels, d: Disaggregation): string {
  const parts = Object.values(d).filter(Boolean) as string[];
  return parts.length
    ? i18n.list(
        parts.map((v) => valueLabel(i18n, v)),
        { type: 'unit' },
      )
    : i18n.t('indicators.total');
}

export interface TidyIndicator {
  code: string;
  unit: IndicatorUnit;
  disaggregations: IndicatorDisaggregations;
}

export interface TidyValue {
  countryIso3: string;
  countryName: Translated;
  year: number;
  disaggregation: Disaggregation;
  value: number;
  sourceNote: Translated;
}

export function tidyIndicatorRows(
  i18n: Labels,
  indicator: TidyIndicator,
  values: readonly TidyValue[],
): (string | number)[][] {
  const dimensions = dimensionsOf(indicator);
  const header = [
    i18n.t('indicators.csv.country'),
    i18n.t('indicators.csv.iso3'),
    i18n.t('indicators.csv.year'),
    ...dimensions.map((d) => dimensionLabel(i18n, d)),
    i18n.t('indicators.csv.value'),
    i18n.t('indicators.csv.unit'),
    i18n.t('indicators.csv.source'),
  ];
  const unit = unitLabel(i18n, indicator.unit);
  const rows = [...values]
    .sort(
      (a, b) =>
        a.countryIso3.localeCompare(b.countryIso3) ||
        a.year - b.year ||
        breakdownOrder(dimensions, a.disaggregation).localeCompare(
          breakdownOrder(dimensions, b.disaggregation),
        ),
    )
    .map((v) => [
      i18n.pick(v.countryName).text,
      v.countryIso3,
      v.year,
      ...dimensions.map((d) => {
        const given = v.disaggregation[d];
        return given ? valueLabel(i18n, given) : i18n.t('indicators.total');
      }),
      v.value,
      unit,
      v.sourceNote.ar || v.sourceNote.en ? i18n.pick(v.sourceNote).text : '',
    ]);
  return [header, ...rows];
}

/** Totals first, then breakdowns in the dimension lists' order. */
const breakdownOrder = (dimensions: DisaggregationDimension[], d: Disaggregation) =>
  dimensions.map((x) => (d[x] ? `1${d[x]}` : '0')).join('|');

/** A value with its unit for reading ("12.5٪", "1,200"). */
export function formatIndicatorValue(i18n: Labels, unit: IndicatorUnit, value: number): string {
  const n = i18n.number(value, { maximumFractionDigits: 2 });
  return unit === 'percent' || unit === 'usd' || unit === 'rate_per_100000'
    ? i18n.t(`indicators.valueIn.${unit}`, { value: n })
    : n;
}
