import { describe, expect, it } from 'vitest';
import {
  attendanceRefusal,
  recordRefusal,
  statesWithoutFocalPoint,
  trainingAggregates,
  workshopDays,
} from './workshop-rules';

/** A two-day workshop in Cairo (UTC+2 in March): 28–29 March 2026. */
const workshop = { startsOn: '2026-03-28', endsOn: '2026-03-29', timeZone: 'Africa/Cairo' };

describe('workshop rules', () => {
  it('lists the workshop days, first to last', () => {
    expect(workshopDays(workshop)).toEqual(['2026-03-28', '2026-03-29']);
    expect(workshopDays({ startsOn: '2026-02-28', endsOn: '2026-03-01' })).toEqual([
      '2026-02-28',
      '2026-03-01',
    ]);
  });

  it('refuses attendance before the workshop starts, for a day not yet come, or outside its days', () => {
    // 23:30 UTC on the 27th is already the 28th in Cairo: the first day has come.
    expect(attendanceRefusal(workshop, '2026-03-28', new Date('2026-03-27T21:59:00Z'))).toBe(
      'attendanceBeforeWorkshop',
    );
    expect(attendanceRefusal(workshop, '2026-03-28', new Date('2026-03-27T23:30:00Z'))).toBeNull();
    expect(attendanceRefusal(workshop, '2026-03-29', new Date('2026-03-28T10:00:00Z'))).toBe(
      'attendanceDayNotYet',
    );
    expect(attendanceRefusal(workshop, '2026-03-30', new Date('2026-04-02T10:00:00Z'))).toBe(
      'attendanceDayOutsideWorkshop',
    );
    expect(attendanceRefusal(workshop, '2026-03-29', new Date('2026-04-02T10:00:00Z'))).toBeNull();
  });

  it('lets the record be closed from the last day on, not before', () => {
    expect(recordRefusal(workshop, new Date('2026-03-28T20:00:00Z'))).toBe('recordBeforeEnd');
    expect(recordRefusal(workshop, new Date('2026-03-28T22:30:00Z'))).toBeNull();
  });

  it('lists the states in scope that have no focal point, in the order given', () => {
    expect(
      statesWithoutFocalPoint(['JOR', 'SOM', 'EGY', 'COM'], [{ countryIso3: 'EGY' }, { countryIso3: 'JOR' }]),
    ).toEqual(['SOM', 'COM']);
  });

  it('counts as trained whoever attended at least one day, by state and by the voluntary gender answer', () => {
    const counts = trainingAggregates([
      { registrationId: 'a', countryIso3: 'JOR', gender: 'woman', marks: ['attended', 'absent'] },
      { registrationId: 'b', countryIso3: 'JOR', gender: null, marks: ['attended'] },
      { registrationId: 'c', countryIso3: 'EGY', gender: 'man', marks: ['absent', 'absent'] },
      { registrationId: 'd', countryIso3: null, gender: 'man', marks: ['attended'] },
      { registrationId: 'e', countryIso3: 'EGY', gender: 'woman', marks: [] },
    ]);
    expect(counts).toEqual({
      total: 3,
      byCountry: { JOR: 2 },
      byGender: { woman: 1, notGiven: 1, man: 1 },
    });
  });
});
