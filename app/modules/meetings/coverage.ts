import { objectiveNumbers } from '~/modules/reference/constants';

export interface ObjectiveCoverage {
  /** Objectives at least one session covers, ascending. */
  covered: number[];
  /** Objectives no session covers. */
  missing: number[];
  /** Objectives more than one session covers, with how many. */
  repeated: { objective: number; sessions: number }[];
}

/**
 * Which of the 23 objectives an agenda covers: a regional review or the IMRF should cover each
 * once. Side events are not part of the official programme and do not count.
 */
export function objectiveCoverage(
  sessions: readonly { kind: string; objectives: readonly number[] }[],
): ObjectiveCoverage {
  const count = new Map<number, number>();
  for (const session of sessions) {
    if (session.kind === 'side-event') continue;
    for (const n of new Set(session.objectives)) count.set(n, (count.get(n) ?? 0) + 1);
  }
  return {
    covered: objectiveNumbers.filter((n) => count.has(n)),
    missing: objectiveNumbers.filter((n) => !count.has(n)),
    repeated: objectiveNumbers
      .filter((n) => (count.get(n) ?? 0) > 1)
      .map((n) => ({ objective: n, sessions: count.get(n)! })),
  };
}
