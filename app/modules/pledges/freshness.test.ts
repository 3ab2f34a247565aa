import { describe, expect, it } from 'vitest';
import { addMonths, pledgeFreshness } from './freshness';

describe('pledge freshness', () => {
  it('is green up to 12 months after the last update, amber up to 24, red after', () => {
    const f = (today: string) =>
      pledgeFreshness({ lastUpdateOn: '2024-03-15', publishedAt: '2020-01-01', today });
    expect(f('2024-03-15')).toBe('green');
    expect(f('2025-03-15')).toBe('green');
    expect(f('2025-03-16')).toBe('amber');
    expect(f('2026-03-15')).toBe('amber');
    expect(f('2026-03-16')).toBe('red');
  });

  it('counts from publication when there is no update, and answers null when never published', () => {
    const published = new Date('2023-06-30T22:00:00Z');
    expect(
      pledgeFreshness({
        lastUpdateOn: null,
        publishedAt: published,
        today: new Date('2024-06-30T10:00:00Z'),
      }),
    ).toBe('green');
    expect(pledgeFreshness({ publishedAt: published, today: '2024-07-01' })).toBe('amber');
    expect(pledgeFreshness({ publishedAt: published, today: '2025-07-01' })).toBe('red');
    expect(pledgeFreshness({ today: '2025-07-01' })).toBeNull();
  });

  it('adds calendar months, keeping to the end of short months', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-11-30', 24)).toBe('2026-11-30');
    expect(pledgeFreshness({ lastUpdateOn: '2024-02-29', today: '2025-02-28' })).toBe('green');
    expect(pledgeFreshness({ lastUpdateOn: '2024-02-29', today: '2025-03-01' })).toBe('amber');
  });
});
