import type { IndicatorMeasure } from '#db/schema/funding-results-values';
import { fieldRefusal } from '~/platform/errors';

/**
 * The rules a reporting period must keep against its indicator and programme, pure so they are
 * tested on their own. The first broken rule is thrown as a coded refusal on the field it concerns.
 */
export interface PeriodCheck {
  period: { periodStart: string; periodEnd: string; targetValue: number; actualValue: number | null };
  indicator: { measure: IndicatorMeasure; baselineDate: string };
  programme: { startDate: string; endDate: string };
  /** The indicator's other periods (the one being edited left out). */
  others: { periodStart: string; periodEnd: string }[];
  /** Today (ISO day), for "an actual value only once the period has begun". */
  today: string;
}

export function checkPeriod({ period, indicator, programme, others, today }: PeriodCheck): void {
  const refuse = (code: string, field: string, params: Record<string, string | number> = {}) => {
    throw fieldRefusal(field, code, { params });
  };
  if (period.periodStart < programme.startDate || period.periodEnd > programme.endDate)
    refuse('periodOutsideProgramme', 'periodStart', { start: programme.startDate, end: programme.endDate });
  if (period.periodStart < indicator.baselineDate)
    refuse('periodBeforeBaseline', 'periodStart', { date: indicator.baselineDate });
  const overlapping = others.find(
    (o) => o.periodStart <= period.periodEnd && period.periodStart <= o.periodEnd,
  );
  if (overlapping)
    refuse('periodsOverlap', 'periodStart', { start: overlapping.periodStart, end: overlapping.periodEnd });
  if (indicator.measure === 'percentage') {
    const percent = { min: 0, max: 100 };
    const outside = (v: number | null) => v !== null && (v < 0 || v > 100);
    if (outside(period.targetValue)) refuse('percentOutOfRange', 'targetValue', percent);
    if (outside(period.actualValue)) refuse('percentOutOfRange', 'actualValue', percent);
  }
  if (period.actualValue !== null && period.periodStart > today) refuse('actualBeforePeriod', 'actualValue');
}
