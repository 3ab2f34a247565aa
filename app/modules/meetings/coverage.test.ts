import { describe, expect, it } from 'vitest';
import { objectiveCoverage } from './coverage';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('objective coverage of an agenda', () => {
  it('reaches 23/23 with four panels that share the objectives out', () => {
    const panels = [range(1, 6), range(7, 12), range(13, 18), range(19, 23)].map((objectives) => ({
      kind: 'panel',
      objectives,
    }));
    const coverage = objectiveCoverage(panels);
    expect(coverage.covered).toHaveLength(23);
    expect(coverage.missing).toEqual([]);
    expect(coverage.repeated).toEqual([]);
  });

  it('names what no session covers and what two sessions cover', () => {
    const coverage = objectiveCoverage([
      { kind: 'round-table', objectives: [2, 5, 6, 12, 18] },
      { kind: 'round-table', objectives: [5, 7, 7] },
      { kind: 'plenary', objectives: [] },
    ]);
    expect(coverage.covered).toEqual([2, 5, 6, 7, 12, 18]);
    expect(coverage.missing).toHaveLength(17);
    expect(coverage.missing).toContain(1);
    expect(coverage.repeated).toEqual([{ objective: 5, sessions: 2 }]);
  });

  it('does not count side events, which are outside the official programme', () => {
    const coverage = objectiveCoverage([{ kind: 'side-event', objectives: [1, 2, 3] }]);
    expect(coverage.covered).toEqual([]);
    expect(coverage.missing).toHaveLength(23);
  });
});
