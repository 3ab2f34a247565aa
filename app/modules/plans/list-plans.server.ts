import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { implementationPlans } from '#db/schema/plans';
import { countries, regionMembers } from '#db/schema/reference';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import type { PlanRow } from './plan-records.server';

export interface PlanFilters {
  /** ISO3, upper case. */
  country?: string;
  /** A region id: plans of its member states. */
  region?: string;
  /** Only each country's current plan (the published one with the latest period). */
  currentOnly?: boolean;
}

export type PlanFilterField = 'country' | 'region';
export type ParsedPlanFilters =
  | { ok: true; filters: PlanFilters }
  | { ok: false; field: PlanFilterField; allowed: string[]; filters: PlanFilters };

/**
 * The filters of the plans index and API from a query string: `country` (ISO3, any case) and
 * `region` (a region id, any case). An unknown value is reported with the values allowed.
 */
export function parsePlanFilters(
  params: URLSearchParams,
  choices: { countries: string[]; regions: string[] },
): ParsedPlanFilters {
  const filters: PlanFilters = {};
  let failure: { field: PlanFilterField; allowed: string[] } | undefined;
  for (const field of ['country', 'region'] as const) {
    const raw = params.get(field)?.trim();
    if (!raw) continue;
    const allowed = field === 'country' ? choices.countries : choices.regions;
    const match = allowed.find((v) => v.toUpperCase() === raw.toUpperCase());
    if (match) filters[field] = match;
    else failure ??= { field, allowed };
  }
  return failure ? { ok: false, ...failure, filters } : { ok: true, filters };
}

export interface PlanListItem extends PlanRow {
  countryName: Translated;
  /** The country's current plan (the published one with the latest period). */
  isCurrent: boolean;
}

/** No later published plan of the same country. */
const isCurrentPlan = sql<boolean>`not exists (select 1 from ${implementationPlans} q
  where q.country_iso3 = ${implementationPlans.countryIso3} and q.status = 'published'
    and (q.period_start > ${implementationPlans.periodStart}
      or (q.period_start = ${implementationPlans.periodStart} and q.created_at > ${implementationPlans.createdAt})))`;

/**
 * Published plans (never drafts), by country code then newest period first, with the country's
 * name and whether each is its country's current plan.
 */
export async function listPlans(
  options: { db?: DbOrTx; filters?: PlanFilters; limit?: number; offset?: number } = {},
): Promise<{ items: PlanListItem[]; total: number }> {
  const { db = getDb(), filters = {}, limit = 1000, offset = 0 } = options;
  const conditions: SQL[] = [eq(implementationPlans.status, 'published')];
  if (filters.country) conditions.push(eq(implementationPlans.countryIso3, filters.country));
  if (filters.region) {
    conditions.push(sql`exists (select 1 from ${regionMembers} m
      where m.country_iso3 = ${implementationPlans.countryIso3} and m.region_id = ${filters.region})`);
  }
  if (filters.currentOnly) conditions.push(isCurrentPlan);
  const where = and(...conditions);
  const [rows, [count]] = await readTogether(db, [
    () =>
      db
        .select({ plan: implementationPlans, countryName: countries.name, isCurrent: isCurrentPlan })
        .from(implementationPlans)
        .innerJoin(countries, eq(countries.iso3, implementationPlans.countryIso3))
        .where(where)
        .orderBy(
          asc(implementationPlans.countryIso3),
          desc(implementationPlans.periodStart),
          desc(implementationPlans.createdAt),
        )
        .limit(limit)
        .offset(offset),
    () => db.select({ n: sql<number>`count(*)::int` }).from(implementationPlans).where(where),
  ]);
  return {
    items: rows.map((r) => ({ ...r.plan, countryName: r.countryName, isCurrent: Boolean(r.isCurrent) })),
    total: Number(count?.n ?? 0),
  };
}
