import { describe, expect, it } from 'vitest';
import { AppError } from '~/platform/errors';
import { errorFields } from '~/platform/forms/issues';
import { checkPeriod, type PeriodCheck } from './period-rules';
import { parsePeriodInput } from './results-schema';

const base: PeriodCheck = {
  period: { periodStart: '2025-07-01', periodEnd: '2025-12-31', targetValue: 50, actualValue: null },
  indicator: { measure: 'unit', baselineDate: '2025-06-10' },
  programme: { startDate: '2025-06-10', endDate: '2027-06-09' },
  others: [],
  today: '2025-09-01',
};

function refusedWith(check: PeriodCheck): { code: string; fields: string[] } | null {
  try {
    checkPeriod(check);
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, fields: Object.keys(errorFields(error)) };
  }
}
const period = (changes: Partial<PeriodCheck['period']>) => ({
  ...base,
  period: { ...base.period, ...changes },
});

describe('a reporting period of an indicator', () => {
  it('lies within the programme: its first and last day may touch the programme’s, not pass them', () => {
    expect(refusedWith(period({ periodStart: '2025-06-10', periodEnd: '2027-06-09' }))).toBeNull();
    expect(refusedWith(period({ periodStart: '2025-06-09' }))).toEqual({
      code: 'periodOutsideProgramme',
      fields: ['periodStart'],
    });
    expect(refusedWith(period({ periodEnd: '2027-06-10' }))?.code).toBe('periodOutsideProgramme');
  });

  it('starts on or after the baseline was measured', () => {
    const later = { ...base, indicator: { ...base.indicator, baselineDate: '2025-07-02' } };
    expect(refusedWith(later)?.code).toBe('periodBeforeBaseline');
    expect(refusedWith({ ...base, indicator: { ...base.indicator, baselineDate: '2025-07-01' } })).toBeNull();
  });

  it('does not overlap another period of the same indicator, even by one day', () => {
    expect(
      refusedWith({ ...base, others: [{ periodStart: '2026-01-01', periodEnd: '2026-06-30' }] }),
    ).toBeNull();
    expect(
      refusedWith({ ...base, others: [{ periodStart: '2025-12-31', periodEnd: '2026-06-30' }] }),
    ).toEqual({ code: 'periodsOverlap', fields: ['periodStart'] });
    // A period inside another overlaps too.
    expect(
      refusedWith({ ...base, others: [{ periodStart: '2025-01-01', periodEnd: '2027-01-01' }] })?.code,
    ).toBe('periodsOverlap');
  });

  it('keeps percentages between 0 and 100, for the target and the actual value', () => {
    const percent = { ...base, indicator: { ...base.indicator, measure: 'percentage' as const } };
    expect(
      refusedWith({ ...percent, period: { ...base.period, targetValue: 100, actualValue: 0 } }),
    ).toBeNull();
    expect(refusedWith({ ...percent, period: { ...base.period, targetValue: 100.5 } })).toEqual({
      code: 'percentOutOfRange',
      fields: ['targetValue'],
    });
    expect(refusedWith({ ...percent, period: { ...base.period, actualValue: -1 } })?.fields).toEqual([
      'actualValue',
    ]);
    // A count may go above 100 or below zero (a falling indicator's change).
    expect(refusedWith(period({ targetValue: 5000, actualValue: -3 }))).toBeNull();
  });

  it('takes an actual value only once the period has begun (from its first day)', () => {
    expect(refusedWith({ ...period({ actualValue: 10 }), today: '2025-07-01' })).toBeNull();
    expect(refusedWith({ ...period({ actualValue: 10 }), today: '2025-06-30' })).toEqual({
      code: 'actualBeforePeriod',
      fields: ['actualValue'],
    });
    // A target alone may be set ahead.
    expect(refusedWith({ ...base, today: '2025-01-01' })).toBeNull();
  });

  it('as typed: the end before the start is refused on the end; Arabic digits are read; a blank actual is none', () => {
    expect(() =>
      parsePeriodInput({ periodStart: '2026-01-01', periodEnd: '2025-12-31', targetValue: '1' }),
    ).toThrow(expect.objectContaining({ code: 'periodEndBeforeStart' }));
    expect(
      parsePeriodInput({
        periodStart: '٢٠٢٦-٠١-٠١',
        periodEnd: '2026-06-30',
        targetValue: '٧٥',
        actualValue: '',
      }),
    ).toEqual({
      fields: {
        periodStart: '2026-01-01',
        periodEnd: '2026-06-30',
        targetValue: 75,
        actualValue: null,
        actualComment: null,
      },
      expectedVersion: undefined,
    });
  });
});
