import { describe, expect, it } from 'vitest';
import { isTimeZone, zonedParts, zonedToInstant } from './time-zone';

describe('time zones', () => {
  it('keeps a session at its local hour on both sides of a daylight-saving change', () => {
    // Paris moves from UTC+1 to UTC+2 on 29 March 2026.
    expect(zonedToInstant('2026-03-28', '10:00', 'Europe/Paris').toISOString()).toBe(
      '2026-03-28T09:00:00.000Z',
    );
    expect(zonedToInstant('2026-03-30', '10:00', 'Europe/Paris').toISOString()).toBe(
      '2026-03-30T08:00:00.000Z',
    );
    expect(zonedToInstant('2022-05-17', '10:00', 'America/New_York').toISOString()).toBe(
      '2022-05-17T14:00:00.000Z',
    );
    expect(zonedToInstant('2021-02-24', '10:00', 'Africa/Cairo').toISOString()).toBe(
      '2021-02-24T08:00:00.000Z',
    );
  });

  it('moves a skipped time forward by the gap and takes the first of a repeated one', () => {
    const skipped = zonedToInstant('2026-03-29', '02:30', 'Europe/Paris');
    expect(zonedParts(skipped, 'Europe/Paris')).toEqual({ date: '2026-03-29', time: '03:30' });
    expect(zonedToInstant('2026-10-25', '02:30', 'Europe/Paris').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('reads an instant back as a local day and time', () => {
    expect(zonedParts(new Date('2022-05-18T03:30:00Z'), 'America/New_York')).toEqual({
      date: '2022-05-17',
      time: '23:30',
    });
  });

  it('knows IANA names only', () => {
    expect(isTimeZone('Asia/Riyadh')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
