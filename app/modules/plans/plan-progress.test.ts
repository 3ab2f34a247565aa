import { describe, expect, it } from 'vitest';
import { actionProgress, rollupByObjective, summariseProgress } from './plan-progress';

describe('actionProgress', () => {
  it('measures progress from the baseline toward the target, clamped to 0–100 %', () => {
    expect(actionProgress({ baseline: 0, target: 400, latest: 100 })).toBe(25);
    expect(actionProgress({ baseline: 20, target: 70, latest: 45 })).toBe(50);
    // A reduction: from 50 down to 10.
    expect(actionProgress({ baseline: 50, target: 10, latest: 20 })).toBe(75);
    expect(actionProgress({ baseline: 0, target: 10, latest: 15 })).toBe(100);
    expect(actionProgress({ baseline: 10, target: 20, latest: 5 })).toBe(0);
  });

  it('is not computable without an indicator, a value, or with target equal to baseline', () => {
    expect(actionProgress({ baseline: null, target: null, latest: 5 })).toBeNull();
    expect(actionProgress({ baseline: 0, target: 10, latest: null })).toBeNull();
    expect(actionProgress({ baseline: 10, target: 10, latest: 10 })).toBeNull();
  });
});

describe('rollupByObjective', () => {
  const actions = [
    { status: 'in_progress' as const, objectives: [1, 2], progress: 40 },
    { status: 'completed' as const, objectives: [1], progress: 100 },
    { status: 'planned' as const, objectives: [1], progress: null },
    { status: 'cancelled' as const, objectives: [1], progress: 90 },
    { status: 'delayed' as const, objectives: [3], progress: null },
  ];

  it('counts actions by status per objective and averages the computable progress, cancelled left out', () => {
    const [one, two, three, four] = rollupByObjective(actions, [1, 2, 3, 4]);
    expect(one).toEqual({
      objective: 1,
      actions: 4,
      byStatus: { planned: 1, in_progress: 1, completed: 1, delayed: 0, cancelled: 1 },
      withData: 2,
      averageProgress: 70,
    });
    expect(two).toMatchObject({ actions: 1, withData: 1, averageProgress: 40 });
    expect(three).toMatchObject({ actions: 1, withData: 0, averageProgress: null });
    expect(four).toMatchObject({ actions: 0, withData: 0, averageProgress: null });
  });

  it('summarises a whole plan once per action', () => {
    expect(summariseProgress(actions)).toMatchObject({ actions: 5, withData: 2, averageProgress: 70 });
    expect(summariseProgress([])).toMatchObject({ actions: 0, withData: 0, averageProgress: null });
  });
});
