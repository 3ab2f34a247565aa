import { eq } from 'drizzle-orm';
import { planActions } from '#db/schema/plans';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { getCountryPlans } from './get-country-plans.server';
import { loadPlanContents } from './plan-contents.server';
import { canDeleteAction } from './plan-policy';

/**
 * One action of a country's plan with its tags, progress updates (newest first) and progress;
 * notFound when the action is not of that country or its plan is not visible to the subject.
 */
export async function getAction(options: { db?: DbOrTx; subject: Subject; iso3: string; actionId: string }) {
  const { db = getDb(), subject } = options;
  if (!isUuid(options.actionId)) throw notFound();
  const { country, plans, canEdit } = await getCountryPlans({ db, subject, iso3: options.iso3 });
  const [ref] = await db
    .select({ planId: planActions.planId })
    .from(planActions)
    .where(eq(planActions.id, options.actionId))
    .limit(1);
  const plan = plans.find((p) => p.id === ref?.planId);
  if (!plan) throw notFound();
  const contents = (await loadPlanContents(db, [plan.id])).get(plan.id)!;
  const action = contents.actions.find((a) => a.id === options.actionId);
  if (!action) throw notFound();
  return {
    country,
    plan,
    action,
    canEdit,
    canDelete: canEdit && canDeleteAction({ plan, updateCount: action.updates.length }),
  };
}

export type ActionDetail = Awaited<ReturnType<typeof getAction>>;
