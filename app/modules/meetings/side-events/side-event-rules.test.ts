import { describe, expect, it } from 'vitest';
import { dayWithinMeeting, holdsTitle, proposalState, titleKeys } from './side-event-rules';

/** The meeting runs 28–30 March 2026 in Paris (UTC+1, then UTC+2 from the 29th). */
const meeting = {
  status: 'published',
  startsOn: '2026-03-28',
  endsOn: '2026-03-30',
  timeZone: 'Europe/Paris',
};
const window = { open: true, closesOn: '2026-03-10' };

describe('side-event proposal window', () => {
  it('is open up to the end of the deadline day in the meeting’s time zone, not in UTC', () => {
    // 23:30 UTC on the 10th is already the 11th in Paris.
    expect(proposalState({ window, meeting, now: new Date('2026-03-10T22:30:00Z') })).toBe('open');
    expect(proposalState({ window, meeting, now: new Date('2026-03-10T23:30:00Z') })).toBe('deadlinePassed');
  });

  it('is closed unless the organisers opened it on a published meeting', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    expect(proposalState({ window: null, meeting, now })).toBe('closed');
    expect(proposalState({ window: { ...window, open: false }, meeting, now })).toBe('closed');
    expect(proposalState({ window, meeting: { ...meeting, status: 'draft' }, now })).toBe('closed');
    expect(proposalState({ window, meeting: { ...meeting, status: 'cancelled' }, now })).toBe('closed');
  });

  it('without a deadline stays open through the meeting, and ends with it', () => {
    const noDeadline = { open: true, closesOn: null };
    expect(proposalState({ window: noDeadline, meeting, now: new Date('2026-03-30T21:00:00Z') })).toBe(
      'open',
    );
    expect(proposalState({ window: noDeadline, meeting, now: new Date('2026-03-30T22:30:00Z') })).toBe(
      'ended',
    );
  });
});

describe('side-event proposal rules', () => {
  it('takes only a day of the meeting, first and last included', () => {
    expect(dayWithinMeeting('2026-03-28', meeting)).toBe(true);
    expect(dayWithinMeeting('2026-03-30', meeting)).toBe(true);
    expect(dayWithinMeeting('2026-03-27', meeting)).toBe(false);
    expect(dayWithinMeeting('2026-03-31', meeting)).toBe(false);
  });

  it('takes two titles that differ only in case, spacing, punctuation or Arabic letter forms as one', () => {
    expect(titleKeys({ en: 'Women  migrants, at work!' })).toEqual(
      titleKeys({ en: 'women migrants at WORK' }),
    );
    expect(titleKeys({ ar: 'إدماج المهاجرين' })).toEqual(titleKeys({ ar: 'ادماج المهاجرين' }));
    expect(titleKeys({ ar: 'أ', en: 'A' })).toHaveLength(2);
  });

  it('frees a title once its proposal is withdrawn, not once declined', () => {
    expect(holdsTitle('withdrawn')).toBe(false);
    expect(holdsTitle('declined')).toBe(true);
    expect(holdsTitle('pending')).toBe(true);
    expect(holdsTitle('accepted')).toBe(true);
  });
});
