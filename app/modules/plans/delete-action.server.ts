import { eq, sql } from 'drizzle-orm';
import { planActionEntityType } from '#db/schema/plan-values';
import { implementationPlans, planActions, planActionUpdates } from '#db/schema/plans';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { syncContent } from '~/modules/content/sync-content.server';
import { setTags } from '~/modules/tagging/set-tags.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { staleVersion } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { planActionContent } from './plan-action-content.server';
import { checkDeleteAction, checkEditPlan } from './plan-policy';
import { actionSnapshot, lockAction } from './plan-records.server';

/**
 * Deletes an action (and its tags) while its plan is a draft and nothing has been reported on
 * it; after that an action is cancelled instead (see plan-policy.ts). The form names the version
 * it showed, so an action changed meanwhile is not deleted unseen.
 */
export async function deleteAction(options: {
  db?: DbOrTx;
  subject: Subject;
  actionId: string;
  expectedVersion: number;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const { plan, action } = await lockAction(tx, options.actionId);
    checkEditPlan(subject, plan);
    if (action.version !== options.expectedVersion) throw staleVersion(action);
    const [row] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(planActionUpdates)
      .where(eq(planActionUpdates.actionId, action.id));
    checkDeleteAction({ plan, updateCount: Number(row?.n ?? 0) });
    const before = await actionSnapshot(tx, action);
    await setTags({
      db: tx,
      entityType: planActionEntityType,
      entityId: action.id,
      tags: { objectives: [], principles: [] },
    });
    await tx.delete(planActions).where(eq(planActions.id, action.id));
    await tx
      .update(implementationPlans)
      .set({ updatedAt: new Date() })
      .where(eq(implementationPlans.id, plan.id));
    await syncContent(tx, planActionContent, [action.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'plan.action.delete',
      entityType: planActionEntityType,
      entityId: action.id,
      before,
      requestId: options.requestId,
    });
    return { planId: plan.id };
  });
}
