import { and, eq, gt, sql } from 'drizzle-orm';
import { planActionEntityType } from '#db/schema/plan-values';
import { implementationPlans, planActions, planActionUpdates } from '#db/schema/plans';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { syncContent } from '~/modules/content/sync-content.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { planActionContent } from './plan-action-content.server';
import { checkEditPlan } from './plan-policy';
import { lockAction } from './plan-records.server';
import { isPercentUnitOf, parseProgressInput } from './plan-schema';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Reports progress on an action: a date (not in the future), where the action stands, the
 * indicator's value (only for an action with an indicator; 0–100 for a percentage) and what was
 * done. The newest report sets the action's status; that change counts as an edit of the action
 * (its version moves on), so an action form opened before it is refused as stale, not overwritten.
 */
export async function addActionUpdate(options: {
  db?: DbOrTx;
  subject: Subject;
  actionId: string;
  input: unknown;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  return db.transaction(async (tx) => {
    const { plan, action } = await lockAction(tx, options.actionId);
    checkEditPlan(subject, plan);
    const input = parseProgressInput(options.input);
    if (input.reportedOn > isoDay(now)) {
      throw fieldRefusal('reportedOn', 'progressDateInFuture');
    }
    if (input.value !== null) {
      if (action.indicatorUnit === null) throw fieldRefusal('value', 'planValueWithoutIndicator');
      if (isPercentUnitOf(action.indicatorUnit) && (input.value < 0 || input.value > 100)) {
        throw fieldRefusal('value', 'percentOutOfRange');
      }
    }
    const [update] = await tx
      .insert(planActionUpdates)
      .values({ ...input, actionId: action.id, createdBy: subject.userId, createdAt: now })
      .returning();
    const [newer] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(planActionUpdates)
      .where(
        and(eq(planActionUpdates.actionId, action.id), gt(planActionUpdates.reportedOn, input.reportedOn)),
      );
    if (!Number(newer?.n ?? 0) && action.status !== input.status) {
      await tx
        .update(planActions)
        .set({ status: input.status, version: sql`${planActions.version} + 1`, updatedAt: now })
        .where(eq(planActions.id, action.id));
    }
    await tx.update(implementationPlans).set({ updatedAt: now }).where(eq(implementationPlans.id, plan.id));
    await syncContent(tx, planActionContent, [action.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'plan.action.progress.add',
      entityType: planActionEntityType,
      entityId: action.id,
      before: { status: action.status },
      after: update,
      requestId: options.requestId,
    });
    return update!;
  });
}
