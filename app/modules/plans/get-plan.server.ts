import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { choosePlan, getCountryPlans } from './get-country-plans.server';
import { loadPlanContents } from './plan-contents.server';

/**
 * A country's plan as its page shows it: the plan asked for (or the newest this subject may read),
 * the other plans of the country, every action with tags, updates and progress, and the roll-up
 * by objective. notFound for an unknown country, or when the subject may read no plan of it.
 */
export async function getPlan(options: {
  db?: DbOrTx;
  subject: Subject;
  iso3: string;
  planId?: string | null;
}) {
  const { db = getDb(), subject } = options;
  const { country, plans, canEdit } = await getCountryPlans({ db, subject, iso3: options.iso3 });
  const plan = choosePlan(plans, options.planId);
  const contents = (await loadPlanContents(db, [plan.id])).get(plan.id)!;
  return { country, plan, plans, canEdit, ...contents };
}

export type PlanDetail = Awaited<ReturnType<typeof getPlan>>;
