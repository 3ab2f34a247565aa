import { describe, expect, it } from 'vitest';
import { isAppError } from '~/platform/errors';
import { parseInput } from '~/platform/forms/issues';
import { practiceInput } from './practice-fixtures';
import { callIsOpen, effectiveCallStatus, implementedAfterDecember2018 } from './practice-rules';
import { practiceInputSchema } from './practice-schema';

/** The field paths a submission is refused at (none when it parses). */
function refusedAt(input: unknown): Record<string, string[]> {
  try {
    parseInput(practiceInputSchema, input);
    return {};
  } catch (error) {
    if (!isAppError(error)) throw error;
    const fields = (error.details as { fieldErrors?: Record<string, { code: string }[]> }).fieldErrors ?? {};
    return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.map((e) => e.code)]));
  }
}

describe('implemented after December 2018', () => {
  it.each([
    ['ongoing, started long before', '2010-01-01', null, true],
    ['ended on the last day of 2018', '2016-01-01', '2018-12-31', false],
    ['ended on 1 January 2019', '2016-01-01', '2019-01-01', true],
    ['ended in December 2018 (the Compact month)', '2018-01-01', '2018-12-19', false],
    ['started in 2021 and completed', '2021-05-01', '2023-05-01', true],
  ])('%s', (_label, startDate, endDate, expected) => {
    expect(implementedAfterDecember2018({ startDate, endDate })).toBe(expected);
  });
});

describe('a call closes at its deadline instant', () => {
  const deadlineAt = new Date('2026-06-30T14:00:00Z');
  it('is open one millisecond before, closed at and after the deadline, and closed when an editor closed it', () => {
    expect(callIsOpen({ status: 'open', deadlineAt }, new Date(deadlineAt.getTime() - 1))).toBe(true);
    expect(callIsOpen({ status: 'open', deadlineAt }, deadlineAt)).toBe(false);
    expect(effectiveCallStatus({ status: 'open', deadlineAt }, new Date(deadlineAt.getTime() + 60_000))).toBe(
      'closed',
    );
    expect(callIsOpen({ status: 'closed', deadlineAt }, new Date('2026-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('the practice checklist and period rules', () => {
  it('accepts a complete submission and keeps the criteria in the Network order', () => {
    const parsed = parseInput(practiceInputSchema, {
      ...practiceInput,
      criteria: ['innovative_replicable', 'follows_principles', 'linked_to_objectives'],
    });
    expect(parsed.criteria).toEqual(['linked_to_objectives', 'follows_principles', 'innovative_replicable']);
    expect(parsed.partners).toEqual(['منظمة العمل الدولية', 'المنظمة الدولية للهجرة']);
    expect(parsed.objectives).toEqual([18, 21]);
    expect(parsed.endDate).toBeNull();
  });

  it('requires the two mandatory criteria', () => {
    expect(refusedAt({ ...practiceInput, criteria: ['linked_to_objectives'] })).toEqual({
      criteria: ['practiceCriterionRequired'],
    });
  });

  it('refuses "after December 2018" for a period that ended before 2019', () => {
    expect(
      refusedAt({ ...practiceInput, startDate: '2015-01-01', endDate: '2018-12-31', stage: 'completed' }),
    ).toEqual({ criteria: ['practicePeriodBeforeCompact'] });
    // Without the claim, the same period is a valid (older) practice.
    expect(
      refusedAt({
        ...practiceInput,
        startDate: '2015-01-01',
        endDate: '2018-12-31',
        stage: 'completed',
        criteria: ['linked_to_objectives', 'follows_principles'],
      }),
    ).toEqual({});
  });

  it('needs an end date for a completed practice, not before the start', () => {
    expect(refusedAt({ ...practiceInput, stage: 'completed' })).toEqual({
      endDate: ['practiceEndDateRequired'],
    });
    expect(refusedAt({ ...practiceInput, endDate: '2019-01-01' })).toEqual({
      endDate: ['practiceDatesOutOfOrder'],
    });
  });

  it('needs a place, an objective, the original language and a contact e-mail', () => {
    const refused = refusedAt({
      ...practiceInput,
      countries: [],
      objectives: [],
      title: { en: 'Only English' },
      contactEmail: 'not-an-address',
    });
    expect(Object.keys(refused).sort()).toEqual(['contactEmail', 'countries', 'objectives', 'title.ar']);
  });
});
