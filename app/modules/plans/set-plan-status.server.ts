import { and, eq, ne, sql } from 'drizzle-orm';
import { planEntityType } from '#db/schema/plan-values';
import { implementationPlans, planActions } from '#db/schema/plans';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { syncPlanContent } from './plan-action-content.server';
import { checkEditPlan } from './plan-policy';
import { lockCountryPlans, lockPlan } from './plan-records.server';

/**
 * Publishes a plan (everyone can then read it) or takes it back to draft. A plan is published
 * only with at least one action; it goes back to draft only while the country has no other draft.
 * The form names the version it showed (staleVersion 409 otherwise).
 */
export async function setPlanStatus(options: {
  db?: DbOrTx;
  subject: Subject;
  planId: string;
  publish: boolean;
  expectedVersion: number;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, publish, now = new Date() } = options;
  return db.transaction(async (tx) => {
    const current = await lockPlan(tx, options.planId);
    checkEditPlan(subject, current);
    const target = publish ? 'published' : 'draft';
    if (current.version === options.expectedVersion && current.status === target) {
      throw new AppError(publish ? 'planAlreadyPublished' : 'planAlreadyDraft', 409);
    }
    if (publish) {
      const [row] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(planActions)
        .where(eq(planActions.planId, current.id));
      if (!Number(row?.n ?? 0)) throw new AppError('planHasNoActions', 409);
    } else {
      // One draft per country at a time (see createPlan).
      await lockCountryPlans(tx, current.countryIso3);
      const [draft] = await tx
        .select({ id: implementationPlans.id })
        .from(implementationPlans)
        .where(
          and(
            eq(implementationPlans.countryIso3, current.countryIso3),
            eq(implementationPlans.status, 'draft'),
            ne(implementationPlans.id, current.id),
          ),
        )
        .limit(1);
      if (draft) throw new AppError('planDraftExists', 409, { planId: draft.id });
    }
    const { before, after } = await updateVersioned({
      db: tx,
      table: implementationPlans,
      where: eq(implementationPlans.id, current.id),
      expectedVersion: options.expectedVersion,
      set: publish ? { status: 'published', publishedAt: now } : { status: 'draft' },
    });
    await syncPlanContent(tx, [after.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: publish ? 'plan.publish' : 'plan.unpublish',
      entityType: planEntityType,
      entityId: current.id,
      before: { status: before.status, version: before.version },
      after: { status: after.status, version: after.version, publishedAt: after.publishedAt },
      requestId: options.requestId,
    });
    return after;
  });
}
