import { describe, expect, it } from 'vitest';
import { movingUp, newRegistrationStatus, placesLeft, registrationState } from './registration-rules';

const meeting = { status: 'published', endsOn: '2026-03-30', timeZone: 'Asia/Amman' };
const window = { open: true, opensOn: '2026-03-01', closesOn: '2026-03-20' };
const at = (iso: string) => new Date(iso);

describe('registration rules', () => {
  it('is open only inside the window, in the meeting’s time zone, while the meeting is published', () => {
    // Amman is UTC+3 all year: 28 Feb 20:59 UTC is still 28 Feb there (before the window), 21:30 is 1 March.
    expect(registrationState({ window, meeting, now: at('2026-02-28T20:59:00Z') })).toBe('notYetOpen');
    expect(registrationState({ window, meeting, now: at('2026-02-28T21:30:00Z') })).toBe('open');
    expect(registrationState({ window, meeting, now: at('2026-03-20T20:59:00Z') })).toBe('open');
    expect(registrationState({ window, meeting, now: at('2026-03-20T21:30:00Z') })).toBe('closed');
    expect(
      registrationState({ window: { ...window, open: false }, meeting, now: at('2026-03-10T10:00:00Z') }),
    ).toBe('closed');
    expect(registrationState({ window: null, meeting, now: at('2026-03-10T10:00:00Z') })).toBe('closed');
    expect(
      registrationState({
        window,
        meeting: { ...meeting, status: 'cancelled' },
        now: at('2026-03-10T10:00:00Z'),
      }),
    ).toBe('closed');
    // No window: open until the meeting's last day has passed.
    const always = { open: true, opensOn: null, closesOn: null };
    expect(registrationState({ window: always, meeting, now: at('2026-03-30T20:00:00Z') })).toBe('open');
    expect(registrationState({ window: always, meeting, now: at('2026-03-30T22:00:00Z') })).toBe('ended');
  });

  it('counts places and sends the rest to the waiting list', () => {
    expect(placesLeft(null, 500)).toBeNull();
    expect(placesLeft(10, 4)).toBe(6);
    // Fewer places than holders (the organisers lowered the capacity): none left, nobody bumped.
    expect(placesLeft(3, 5)).toBe(0);
    expect(newRegistrationStatus({ capacity: 2, holding: 1, approvalRequired: false })).toBe('confirmed');
    expect(newRegistrationStatus({ capacity: 2, holding: 1, approvalRequired: true })).toBe('pending');
    expect(newRegistrationStatus({ capacity: 2, holding: 2, approvalRequired: false })).toBe('waitlisted');
    expect(newRegistrationStatus({ capacity: 0, holding: 0, approvalRequired: false })).toBe('waitlisted');
    expect(newRegistrationStatus({ capacity: null, holding: 9999, approvalRequired: false })).toBe(
      'confirmed',
    );
  });

  it('moves up as many as there are free places', () => {
    expect(movingUp({ capacity: 5, holding: 3, waiting: 10 })).toBe(2);
    expect(movingUp({ capacity: 5, holding: 3, waiting: 1 })).toBe(1);
    expect(movingUp({ capacity: 5, holding: 6, waiting: 4 })).toBe(0);
    expect(movingUp({ capacity: null, holding: 6, waiting: 4 })).toBe(4);
  });
});
