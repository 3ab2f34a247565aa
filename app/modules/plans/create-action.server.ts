import { eq, sql } from 'drizzle-orm';
import { planActionEntityType } from '#db/schema/plan-values';
import { implementationPlans, planActions } from '#db/schema/plans';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { syncContent } from '~/modules/content/sync-content.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { planActionContent } from './plan-action-content.server';
import { checkEditPlan } from './plan-policy';
import {
  actionColumns,
  actionSnapshot,
  checkWithinPeriod,
  lockPlan,
  writeActionTags,
} from './plan-records.server';
import { parseActionInput } from './plan-schema';

/**
 * Adds an action at the end of the plan, tagged with its objectives and principles through the
 * shared tagging tables. Its dates must lie within the plan's period.
 */
export async function createAction(options: {
  db?: DbOrTx;
  subject: Subject;
  planId: string;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    // The plan's row lock also serialises positions: two actions added at once get 1 and 2.
    const plan = await lockPlan(tx, options.planId);
    checkEditPlan(subject, plan);
    const input = parseActionInput(options.input);
    checkWithinPeriod(plan, input);
    const [last] = await tx
      .select({ n: sql<number>`coalesce(max(${planActions.position}), 0)::int` })
      .from(planActions)
      .where(eq(planActions.planId, plan.id));
    const [action] = await tx
      .insert(planActions)
      .values({ ...actionColumns(input), planId: plan.id, position: Number(last?.n ?? 0) + 1 })
      .returning();
    await writeActionTags(tx, action!.id, input);
    await tx
      .update(implementationPlans)
      .set({ updatedAt: new Date() })
      .where(eq(implementationPlans.id, plan.id));
    await syncContent(tx, planActionContent, [action!.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'plan.action.create',
      entityType: planActionEntityType,
      entityId: action!.id,
      after: await actionSnapshot(tx, action!),
      requestId: options.requestId,
    });
    return action!;
  });
}
