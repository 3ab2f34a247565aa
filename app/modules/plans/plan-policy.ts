import type { PlanStatus } from '#db/schema/plan-values';
import { readerSet, resourceKeys } from '~/permissions/access-keys';
import { can, type Resource, type Subject, scopesFor } from '~/permissions/resolver';
import { AppError, forbidden, notFound } from '~/platform/errors';

/**
 * Who may see and change a national implementation plan — the one place these rules live. The
 * state's focal points (plans.edit within their country) and administrators (plans.edit anywhere)
 * keep it; everyone reads a published plan; a draft exists only for its keepers (to anyone else it
 * is not found).
 */
export interface PlanRef {
  countryIso3: string;
  status: PlanStatus;
}

export const planResource = (countryIso3: string): Resource => ({ country: countryIso3 });

/** May this subject keep the plans of this country? */
export const canEditPlans = (subject: Subject, countryIso3: string) =>
  can(subject, 'plans.edit', planResource(countryIso3));

/** canViewPlan as access keys for the content index: a draft plan's keepers open it. */
export const planReaders = (countryIso3: string) =>
  readerSet(resourceKeys('plans.edit', planResource(countryIso3)));

/**
 * The countries whose plans the subject keeps by scope (focal points). Administrators' "any" is
 * left out: the plans index would list every country as theirs.
 */
export const keptCountries = (subject: Subject) => scopesFor(subject, 'plans.edit').countries;

export const canViewPlan = (subject: Subject, plan: PlanRef) =>
  plan.status === 'published' || canEditPlans(subject, plan.countryIso3);

/** Throws notFound (404) when the subject may not even see the plan, forbidden (403) when it may only read it. */
export function checkEditPlan(subject: Subject, plan: PlanRef): void {
  if (!canViewPlan(subject, plan)) throw notFound();
  if (!canEditPlans(subject, plan.countryIso3)) throw forbidden();
}

/** Throws forbidden (403) unless the subject keeps this country's plans (a plan being created). */
export function checkEditCountry(subject: Subject, countryIso3: string): void {
  if (!subject.userId || !canEditPlans(subject, countryIso3)) throw forbidden();
}

/**
 * Actions are deleted only while their plan is a draft and nothing has been reported on them;
 * afterwards they are set to "cancelled", so the public record stays complete.
 */
export function canDeleteAction(options: { plan: PlanRef; updateCount: number }): boolean {
  return options.plan.status === 'draft' && options.updateCount === 0;
}

export function checkDeleteAction(options: { plan: PlanRef; updateCount: number }): void {
  if (options.plan.status !== 'draft') throw new AppError('planActionDeleteWhilePublished', 409);
  if (options.updateCount > 0) throw new AppError('planActionHasUpdates', 409);
}
