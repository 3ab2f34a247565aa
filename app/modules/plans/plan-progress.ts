import { type ActionStatus, actionStatuses } from '#db/schema/plan-values';

/**
 * How far a plan has come, from its actions alone (pure, no database): an action's progress
 * toward its indicator target, and the roll-up of a plan's actions by GCM objective.
 */

export interface IndicatorReading {
  baseline: number | null;
  target: number | null;
  /** The latest value reported, if any. */
  latest: number | null;
}

/**
 * Progress toward the target in percent: (latest − baseline) / (target − baseline), clamped to
 * 0–100. Works for targets below the baseline too (a reduction). Null when it cannot be computed:
 * no indicator, no value reported yet, or target equal to baseline.
 */
export function actionProgress({ baseline, target, latest }: IndicatorReading): number | null {
  if (baseline === null || target === null || latest === null) return null;
  if (target === baseline) return null;
  const percent = ((latest - baseline) / (target - baseline)) * 100;
  return Math.min(100, Math.max(0, percent));
}

export type StatusCounts = Record<ActionStatus, number>;
export const emptyStatusCounts = (): StatusCounts =>
  Object.fromEntries(actionStatuses.map((s) => [s, 0])) as StatusCounts;

/** What the roll-up needs of an action. */
export interface RollupAction {
  status: ActionStatus;
  objectives: readonly number[];
  /** From actionProgress; null when not computable. */
  progress: number | null;
}

export interface ProgressSummary {
  /** Actions counted (an action tagged with several objectives counts once per objective). */
  actions: number;
  byStatus: StatusCounts;
  /** Actions whose progress could be computed (cancelled actions left out). */
  withData: number;
  /** Mean progress of those actions in percent; null when none has data ("no indicator data"). */
  averageProgress: number | null;
}

export interface ObjectiveRollup extends ProgressSummary {
  objective: number;
}

/**
 * Counts, statuses and average progress of a set of actions. Cancelled actions are counted and
 * shown by status, but left out of the average: they will not reach their target by design.
 */
export function summariseProgress(actions: readonly RollupAction[]): ProgressSummary {
  const byStatus = emptyStatusCounts();
  let sum = 0;
  let withData = 0;
  for (const action of actions) {
    byStatus[action.status] += 1;
    if (action.status !== 'cancelled' && action.progress !== null) {
      sum += action.progress;
      withData += 1;
    }
  }
  return {
    actions: actions.length,
    byStatus,
    withData,
    averageProgress: withData ? sum / withData : null,
  };
}

/** One entry per objective asked for (all 23 on the plan page), zero counts included. */
export function rollupByObjective(
  actions: readonly RollupAction[],
  objectives: readonly number[],
): ObjectiveRollup[] {
  return objectives.map((objective) => ({
    objective,
    ...summariseProgress(actions.filter((a) => a.objectives.includes(objective))),
  }));
}
