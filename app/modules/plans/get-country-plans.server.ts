import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { implementationPlans } from '#db/schema/plans';
import { countries } from '#db/schema/reference';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { canEditPlans } from './plan-policy';
import { normaliseIso3, type PlanRow } from './plan-records.server';

/** Only the plans this subject may read: published ones, and drafts for the country's keepers. */
export function visiblePlans(subject: Subject, iso3: string): SQL {
  return canEditPlans(subject, iso3)
    ? eq(implementationPlans.countryIso3, iso3)
    : and(eq(implementationPlans.countryIso3, iso3), eq(implementationPlans.status, 'published'))!;
}

/**
 * A country and the plans of it this subject may read, newest period first (the first is the one
 * its pages show by default). notFound for an unknown country. `canEdit`: the subject keeps them.
 */
export async function getCountryPlans(options: { db?: DbOrTx; subject: Subject; iso3: string }): Promise<{
  country: { iso3: string; name: Translated };
  plans: PlanRow[];
  canEdit: boolean;
}> {
  const { db = getDb(), subject } = options;
  const iso3 = normaliseIso3(options.iso3);
  const [country] = await db
    .select({ iso3: countries.iso3, name: countries.name })
    .from(countries)
    .where(eq(countries.iso3, iso3))
    .limit(1);
  if (!country) throw notFound();
  const plans = await db
    .select()
    .from(implementationPlans)
    .where(visiblePlans(subject, iso3))
    .orderBy(desc(implementationPlans.periodStart), desc(implementationPlans.createdAt));
  return { country, plans, canEdit: canEditPlans(subject, iso3) };
}

/** The plan asked for (by id) among the visible ones, or the newest; notFound when there is none. */
export function choosePlan(plans: PlanRow[], planId: string | null | undefined): PlanRow {
  const plan = planId ? plans.find((p) => p.id === planId) : plans[0];
  if (!plan) throw notFound();
  return plan;
}

/** Does this country have a published plan? (The country page links to it.) */
export async function hasPublishedPlan(options: { db?: DbOrTx; iso3: string }): Promise<boolean> {
  const { db = getDb(), iso3 } = options;
  const [row] = await db
    .select({ id: implementationPlans.id })
    .from(implementationPlans)
    .where(
      and(
        eq(implementationPlans.countryIso3, iso3.toUpperCase()),
        eq(implementationPlans.status, 'published'),
      ),
    )
    .limit(1);
  return Boolean(row);
}
