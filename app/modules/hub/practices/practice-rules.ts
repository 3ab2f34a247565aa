import type { PracticeCallStatus } from '#db/schema/hub-practice-values';

/**
 * The Compact was adopted in December 2018 (Marrakech, 10 December; General Assembly, 19 December).
 * A practice counts as "implemented after December 2018" when it was still running on
 * 1 January 2019: no end date (ongoing) or an end date on or after that day. Periods are ISO days.
 */
export const afterDecember2018From = '2019-01-01';

/** The years the "after December 2018" messages name, given to them so they print in the reader's digits. */
export const compactYears = { compactYear: 2018, firstYear: 2019 };

export function implementedAfterDecember2018(period: { startDate: string; endDate: string | null }): boolean {
  return period.endDate === null || period.endDate >= afterDecember2018From;
}

export interface CallRef {
  status: PracticeCallStatus;
  deadlineAt: Date;
}

/**
 * A call is open while its status says so and its deadline has not come: at the deadline instant it
 * is closed, whether or not the closing job has run yet.
 */
export const callIsOpen = (call: CallRef, now: Date) =>
  call.status === 'open' && now.getTime() < call.deadlineAt.getTime();

/** The status readers see: a past deadline reads as closed even before the job closes the row. */
export const effectiveCallStatus = (call: CallRef, now: Date): PracticeCallStatus =>
  callIsOpen(call, now) ? 'open' : 'closed';
