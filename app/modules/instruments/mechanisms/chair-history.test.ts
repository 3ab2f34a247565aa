import { describe, expect, it } from 'vitest';
import { type ChairPeriod, chairOn, dayBefore, handOver, orderChairs, overlapsChair } from './chair-history';

const period = (fromOn: string, untilOn: string | null, countryIso3 = 'EGY'): ChairPeriod => ({
  kind: 'rotating',
  countryIso3,
  holder: null,
  fromOn,
  untilOn,
});

describe('chair history', () => {
  it('orders the current chair first, then the others latest start first', () => {
    const history = [
      period('2019-01-01', '2019-12-31', 'JOR'),
      period('2021-01-01', '2021-12-31', 'MAR'),
      period('2022-01-01', null, 'IRQ'),
      period('2020-01-01', '2020-12-31', 'EGY'),
    ];
    expect(orderChairs(history).map((p) => p.countryIso3)).toEqual(['IRQ', 'MAR', 'EGY', 'JOR']);
    // An open period is current even when another started later (entered out of order).
    expect(
      orderChairs([period('2024-01-01', '2024-06-30', 'MAR'), period('2023-01-01', null, 'EGY')])[0]!
        .countryIso3,
    ).toBe('EGY');
    // Equal starts: the later end first; the input is not changed.
    const same = [period('2020-01-01', '2020-03-31', 'A'), period('2020-01-01', '2020-12-31', 'B')];
    expect(orderChairs(same).map((p) => p.countryIso3)).toEqual(['B', 'A']);
    expect(same[0]!.countryIso3).toBe('A');
  });

  it('finds who held the chair on a day, both ends included', () => {
    const history = [period('2020-01-01', '2020-12-31', 'EGY'), period('2021-01-01', null, 'MAR')];
    expect(chairOn(history, '2020-12-31')?.countryIso3).toBe('EGY');
    expect(chairOn(history, '2021-01-01')?.countryIso3).toBe('MAR');
    expect(chairOn(history, '2030-05-05')?.countryIso3).toBe('MAR');
    expect(chairOn(history, '2019-12-31')).toBeNull();
  });

  it('sees overlaps at the edges and with open periods', () => {
    const history = [period('2020-01-01', '2020-12-31')];
    expect(overlapsChair(history, period('2020-12-31', '2021-06-30'))).toBe(true);
    expect(overlapsChair(history, period('2021-01-01', '2021-06-30'))).toBe(false);
    expect(overlapsChair(history, period('2019-01-01', null))).toBe(true);
    expect(overlapsChair([period('2021-01-01', null)], period('2025-01-01', '2025-02-01'))).toBe(true);
    expect(overlapsChair([], period('2025-01-01', null))).toBe(false);
  });

  it('hands the chair over: the open period ends the day before the next starts', () => {
    expect(handOver([period('2023-05-28', null)], period('2024-05-27', null))).toEqual({
      from: '2023-05-28',
      until: '2024-05-26',
    });
    // A next period starting on or before the open one's start hands nothing over (it overlaps).
    expect(handOver([period('2023-05-28', null)], period('2023-05-28', null))).toBeNull();
    expect(handOver([period('2023-01-01', '2023-12-31')], period('2024-01-01', null))).toBeNull();
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
  });
});
