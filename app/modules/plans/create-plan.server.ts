import { and, eq } from 'drizzle-orm';
import { planEntityType } from '#db/schema/plan-values';
import { implementationPlans } from '#db/schema/plans';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { checkEditCountry } from './plan-policy';
import { countryExists, lockCountryPlans, normaliseIso3 } from './plan-records.server';
import { parsePlanInput } from './plan-schema';

/**
 * A focal point of the state (or an administrator) starts a plan for a period, as a draft. A
 * country keeps one draft at a time (planDraftExists 409): the next plan is started once the
 * current one is published.
 */
export async function createPlan(options: {
  db?: DbOrTx;
  subject: Subject;
  countryIso3: string;
  input: unknown;
  isSample?: boolean;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  const iso3 = normaliseIso3(options.countryIso3);
  checkEditCountry(subject, iso3);
  const input = parsePlanInput(options.input);
  return db.transaction(async (tx) => {
    if (!(await countryExists(tx, iso3))) throw notFound();
    // Two keepers starting a plan at once: the second waits and then sees the first one's draft.
    await lockCountryPlans(tx, iso3);
    const [draft] = await tx
      .select({ id: implementationPlans.id })
      .from(implementationPlans)
      .where(and(eq(implementationPlans.countryIso3, iso3), eq(implementationPlans.status, 'draft')))
      .limit(1);
    if (draft) throw new AppError('planDraftExists', 409, { planId: draft.id });
    const [plan] = await tx
      .insert(implementationPlans)
      .values({
        ...input,
        countryIso3: iso3,
        status: 'draft',
        createdBy: subject.userId,
        isSample: options.isSample ?? false,
      })
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'plan.create',
      entityType: planEntityType,
      entityId: plan!.id,
      after: plan,
      requestId: options.requestId,
    });
    return plan!;
  });
}
