import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { planActionEntityType } from '#db/schema/plan-values';
import { implementationPlans, planActions, planActionUpdates } from '#db/schema/plans';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { syncContent } from '~/modules/content/sync-content.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { planActionContent } from './plan-action-content.server';
import { checkEditPlan } from './plan-policy';
import {
  actionColumns,
  actionSnapshot,
  checkWithinPeriod,
  lockAction,
  writeActionTags,
} from './plan-records.server';
import { parseActionInput } from './plan-schema';

/**
 * Saves an action if nobody changed it since the form was opened (staleVersion 409 otherwise).
 * An indicator that already has reported values cannot be removed (planIndicatorHasValues 409):
 * the values would lose their meaning.
 */
export async function updateAction(options: {
  db?: DbOrTx;
  subject: Subject;
  actionId: string;
  expectedVersion: number;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const { plan, action } = await lockAction(tx, options.actionId);
    checkEditPlan(subject, plan);
    const input = parseActionInput(options.input);
    checkWithinPeriod(plan, input);
    if (input.indicatorUnit === null && action.indicatorUnit !== null) {
      const [row] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(planActionUpdates)
        .where(and(eq(planActionUpdates.actionId, action.id), isNotNull(planActionUpdates.value)));
      if (Number(row?.n ?? 0)) {
        throw fieldRefusal('indicator.unit', 'planIndicatorHasValues', { status: 409 });
      }
    }
    const before = await actionSnapshot(tx, action);
    const { after } = await updateVersioned({
      db: tx,
      table: planActions,
      where: eq(planActions.id, action.id),
      expectedVersion: options.expectedVersion,
      set: actionColumns(input),
    });
    await writeActionTags(tx, action.id, input);
    await tx
      .update(implementationPlans)
      .set({ updatedAt: new Date() })
      .where(eq(implementationPlans.id, plan.id));
    await syncContent(tx, planActionContent, [action.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'plan.action.update',
      entityType: planActionEntityType,
      entityId: action.id,
      before,
      after: await actionSnapshot(tx, after),
      requestId: options.requestId,
    });
    return after;
  });
}
