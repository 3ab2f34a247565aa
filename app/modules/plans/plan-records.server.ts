import { and, asc, desc, eq, gt, inArray, lt, or, sql } from 'drizzle-orm';
import { planActionEntityType } from '#db/schema/plan-values';
import { implementationPlans, planActions, planActionUpdates } from '#db/schema/plans';
import { countries } from '#db/schema/reference';
import { getTags } from '~/modules/tagging/get-tags.server';
import { setTags } from '~/modules/tagging/set-tags.server';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal, notFound } from '~/platform/errors';
import { isUuid } from '~/platform/uuid';
import type { ActionInput, PlanInput } from './plan-schema';

/** Shared by the plan operations: loading with row locks, reference checks, snapshots for the audit trail. */

export type PlanRow = typeof implementationPlans.$inferSelect;
export type ActionRow = typeof planActions.$inferSelect;
export type UpdateRow = typeof planActionUpdates.$inferSelect;

/** An ISO3 code from a URL or form, upper case; notFound when it is not three letters. */
export function normaliseIso3(raw: string | null | undefined): string {
  const iso3 = (raw ?? '').trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(iso3)) throw notFound();
  return iso3;
}

export async function countryExists(db: DbOrTx, iso3: string): Promise<boolean> {
  const [row] = await db
    .select({ iso3: countries.iso3 })
    .from(countries)
    .where(eq(countries.iso3, iso3))
    .limit(1);
  return Boolean(row);
}

/** Serialises changes to which plan of a country is the draft (creating a plan, unpublishing one). */
export async function lockCountryPlans(tx: DbOrTx, iso3: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`implementation-plans:${iso3}`}))`);
}

/** The plan, locked for the rest of the transaction; notFound for an unknown or malformed id. */
export async function lockPlan(tx: DbOrTx, planId: string): Promise<PlanRow> {
  if (!isUuid(planId)) throw notFound();
  const [row] = await tx
    .select()
    .from(implementationPlans)
    .where(eq(implementationPlans.id, planId))
    .for('update')
    .limit(1);
  if (!row) throw notFound();
  return row;
}

/** The action and its plan, both locked (plan first, as every operation locks them). */
export async function lockAction(
  tx: DbOrTx,
  actionId: string,
): Promise<{ plan: PlanRow; action: ActionRow }> {
  if (!isUuid(actionId)) throw notFound();
  const [ref] = await tx
    .select({ planId: planActions.planId })
    .from(planActions)
    .where(eq(planActions.id, actionId))
    .limit(1);
  if (!ref) throw notFound();
  const plan = await lockPlan(tx, ref.planId);
  const [action] = await tx
    .select()
    .from(planActions)
    .where(and(eq(planActions.id, actionId), eq(planActions.planId, plan.id)))
    .for('update')
    .limit(1);
  if (!action) throw notFound();
  return { plan, action };
}

/** The action's dates lie within the plan's period. */
export function checkWithinPeriod(plan: Pick<PlanRow, 'periodStart' | 'periodEnd'>, input: ActionInput) {
  const period = { start: plan.periodStart, end: plan.periodEnd };
  if (input.startDate < plan.periodStart) {
    throw fieldRefusal('startDate', 'planActionOutsidePeriod', { params: period });
  }
  if (input.endDate > plan.periodEnd) {
    throw fieldRefusal('endDate', 'planActionOutsidePeriod', { params: period });
  }
}

/** A new period must still cover every action of the plan. */
export async function checkPeriodCoversActions(tx: DbOrTx, planId: string, input: PlanInput) {
  const [outside] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(planActions)
    .where(
      and(
        eq(planActions.planId, planId),
        or(lt(planActions.startDate, input.periodStart), gt(planActions.endDate, input.periodEnd)),
      ),
    );
  const count = Number(outside?.n ?? 0);
  if (count) throw fieldRefusal('periodStart', 'planPeriodExcludesActions', { params: { count } });
}

/** The action's own columns from the input. */
export function actionColumns(input: ActionInput) {
  const { objectives: _objectives, principles: _principles, ...columns } = input;
  return columns;
}

export async function writeActionTags(tx: DbOrTx, actionId: string, input: ActionInput) {
  await setTags({
    db: tx,
    entityType: planActionEntityType,
    entityId: actionId,
    tags: { objectives: input.objectives, principles: input.principles },
  });
}

export async function loadUpdates(db: DbOrTx, actionIds: string[]): Promise<UpdateRow[]> {
  if (!actionIds.length) return [];
  return db
    .select()
    .from(planActionUpdates)
    .where(inArray(planActionUpdates.actionId, actionIds))
    .orderBy(desc(planActionUpdates.reportedOn), desc(planActionUpdates.createdAt));
}

export async function loadActions(db: DbOrTx, planIds: string[]): Promise<ActionRow[]> {
  if (!planIds.length) return [];
  return db
    .select()
    .from(planActions)
    .where(inArray(planActions.planId, planIds))
    .orderBy(asc(planActions.planId), asc(planActions.position));
}

/** The action with its tags and update count, as the audit trail records it. */
export async function actionSnapshot(db: DbOrTx, action: ActionRow) {
  const tags = await getTags({ db, entityType: planActionEntityType, entityIds: [action.id] });
  const t = tags.get(action.id)!;
  return { ...action, objectives: t.objectives, principles: t.principles };
}

/**
 * The latest reported value of each action (newest report date, then newest entry), from
 * updates sorted newest first as loadUpdates returns them.
 */
export function latestValues(updates: readonly UpdateRow[]): Map<string, { value: number; on: string }> {
  const latest = new Map<string, { value: number; on: string }>();
  for (const u of updates) {
    if (u.value === null || latest.has(u.actionId)) continue;
    latest.set(u.actionId, { value: u.value, on: u.reportedOn });
  }
  return latest;
}
