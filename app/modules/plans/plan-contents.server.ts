import { planActionEntityType } from '#db/schema/plan-values';
import { objectiveNumbers } from '~/modules/reference/constants';
import { getTags } from '~/modules/tagging/get-tags.server';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import {
  actionProgress,
  type ObjectiveRollup,
  type ProgressSummary,
  rollupByObjective,
  summariseProgress,
} from './plan-progress';
import {
  type ActionRow,
  latestValues,
  loadActions,
  loadUpdates,
  type UpdateRow,
} from './plan-records.server';

/** An action as pages and the API show it: with its tags, its updates (newest first) and its progress. */
export interface ActionView extends ActionRow {
  objectives: number[];
  principles: string[];
  updates: UpdateRow[];
  latest: { value: number; on: string } | null;
  /** Percent toward the target, clamped 0–100; null when not computable. */
  progress: number | null;
}

export interface PlanContents {
  actions: ActionView[];
  summary: ProgressSummary;
  rollup: ObjectiveRollup[];
}

/** The actions of several plans with their tags, updates, progress and roll-ups, in a few queries. */
export async function loadPlanContents(db: DbOrTx, planIds: string[]): Promise<Map<string, PlanContents>> {
  const actions = await loadActions(db, planIds);
  const ids = actions.map((a) => a.id);
  const [tags, updates] = await readTogether(db, [
    () => getTags({ db, entityType: planActionEntityType, entityIds: ids }),
    () => loadUpdates(db, ids),
  ]);
  const latest = latestValues(updates);
  const updatesOf = new Map<string, UpdateRow[]>();
  for (const u of updates) updatesOf.set(u.actionId, [...(updatesOf.get(u.actionId) ?? []), u]);

  const out = new Map<string, PlanContents>();
  for (const planId of planIds) {
    const views: ActionView[] = actions
      .filter((a) => a.planId === planId)
      .map((a) => {
        const t = tags.get(a.id)!;
        const reading = latest.get(a.id) ?? null;
        return {
          ...a,
          objectives: t.objectives,
          principles: t.principles,
          updates: updatesOf.get(a.id) ?? [],
          latest: reading,
          progress: actionProgress({
            baseline: a.indicatorBaseline,
            target: a.indicatorTarget,
            latest: reading?.value ?? null,
          }),
        };
      });
    out.set(planId, {
      actions: views,
      summary: summariseProgress(views),
      rollup: rollupByObjective(views, objectiveNumbers),
    });
  }
  return out;
}
