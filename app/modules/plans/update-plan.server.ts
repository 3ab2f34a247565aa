import { eq } from 'drizzle-orm';
import { planEntityType } from '#db/schema/plan-values';
import { implementationPlans } from '#db/schema/plans';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { syncPlanContent } from './plan-action-content.server';
import { checkEditPlan } from './plan-policy';
import { checkPeriodCoversActions, lockPlan } from './plan-records.server';
import { parsePlanInput } from './plan-schema';

/**
 * Saves the plan's header (title, summary, period, adoption date) if nobody changed it since the
 * form was opened (staleVersion 409 otherwise). A published plan may be corrected too; the new
 * period must still cover every action.
 */
export async function updatePlan(options: {
  db?: DbOrTx;
  subject: Subject;
  planId: string;
  expectedVersion: number;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const current = await lockPlan(tx, options.planId);
    checkEditPlan(subject, current);
    const input = parsePlanInput(options.input);
    await checkPeriodCoversActions(tx, current.id, input);
    const { before, after } = await updateVersioned({
      db: tx,
      table: implementationPlans,
      where: eq(implementationPlans.id, current.id),
      expectedVersion: options.expectedVersion,
      set: input,
    });
    await syncPlanContent(tx, [after.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'plan.update',
      entityType: planEntityType,
      entityId: current.id,
      before,
      after,
      requestId: options.requestId,
    });
    return after;
  });
}
