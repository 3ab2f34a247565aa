import { sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { type PledgeStatus, pledgeStatuses } from '#db/schema/pledges';
import { cachedUntilChange } from '~/platform/cached-until-change.server';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { FRESH_MONTHS, type Freshness, STALE_MONTHS } from './freshness';

export interface PledgeDashboard {
  /** Public pledges (published or closed) tagged with each objective, all 23 in order, zero included. */
  objectives: { number: number; shortLabel: Translated; count: number }[];
  /** Pledges in each workflow status, in workflow order: aggregate numbers only. */
  statuses: { status: PledgeStatus; count: number }[];
  /** Public pledges made by or tagged with each country, most first (ties by ISO code). */
  countries: { iso3: string; name: Translated; count: number }[];
  /** Financial commitments of published pledges, by currency (amounts are never added across currencies). */
  financial: { currency: string; total: number; pledges: number }[];
  /** Published pledges by how current their reporting is. */
  freshness: Record<Freshness, number>;
  publishedTotal: number;
}

const freshnessLevels: Freshness[] = ['green', 'amber', 'red'];
const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The dashboard's numbers, computed again only when the database has changed (cachedUntilChange:
 * never stale; the key holds the day, on which freshness depends).
 */
export async function getPledgeDashboard(
  options: { db?: DbOrTx; now?: Date } = {},
): Promise<PledgeDashboard> {
  const { db = getDb(), now = new Date() } = options;
  return cachedUntilChange(db, `pledge-dashboard:${dayOf(now)}`, () => computeDashboard(db, now));
}

/** The dashboard computed now, without the cache (the benchmark measures this). */
export const computePledgeDashboard = (options: { db?: DbOrTx; now?: Date } = {}) =>
  computeDashboard(options.db ?? getDb(), options.now ?? new Date());

/**
 * Every number the public pledge dashboard shows. Non-public statuses appear only as counts;
 * money and freshness count published pledges. Two passes whatever their number: one over the
 * pledges for statuses, money and freshness (the rules of freshness.ts in SQL: calendar months on UTC
 * dates), one over the content index for objectives and countries (public pledges, as on every page).
 */
async function computeDashboard(db: DbOrTx, now: Date): Promise<PledgeDashboard> {
  const today = sql`${dayOf(now)}::date`;
  const since = sql`coalesce(p.last_progress_on, (p.published_at at time zone 'UTC')::date)`;
  const [totals, tagged] = await readTogether(db, [
    () =>
      db.execute<{
        status: PledgeStatus;
        currency: string | null;
        n: number;
        total: string | null;
        green: number;
        amber: number;
        red: number;
      }>(sql`
      select p.status, p.financial_currency as currency, count(*)::int as n,
        sum(p.financial_amount)::text as total,
        count(*) filter (where ${today} <= ${since} + ${`${FRESH_MONTHS} months`}::interval)::int as green,
        count(*) filter (where ${today} > ${since} + ${`${FRESH_MONTHS} months`}::interval
          and ${today} <= ${since} + ${`${STALE_MONTHS} months`}::interval)::int as amber,
        count(*) filter (where ${today} > ${since} + ${`${STALE_MONTHS} months`}::interval)::int as red
      from pledges p
      group by p.status, p.financial_currency`),
    () =>
      db.execute<{ k: 'o' | 'c'; key: string; name: Translated | null; n: number }>(sql`
      with counts as (
        select v, count(*)::int as n
        from content_items c, unnest(c.objectives::text[] || c.countries) v
        where c.type = 'pledge' and c.visibility = 'public'
        group by v
      )
      select 'o' as k, o.number::text as key, o.short_label as name, coalesce(c.n, 0) as n
      from objectives o left join counts c on c.v = o.number::text
      union all
      select 'c', ct.iso3, ct.name, c.n from counts c join countries ct on ct.iso3 = c.v`),
  ]);

  const byStatus = new Map<PledgeStatus, number>();
  const freshness = Object.fromEntries(freshnessLevels.map((f) => [f, 0])) as Record<Freshness, number>;
  const financial: PledgeDashboard['financial'] = [];
  for (const row of totals.rows) {
    byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + Number(row.n));
    if (row.status !== 'published') continue;
    for (const level of freshnessLevels) freshness[level] += Number(row[level]);
    if (row.currency) {
      financial.push({ currency: row.currency, total: Number(row.total), pledges: Number(row.n) });
    }
  }
  financial.sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
  const objectives = tagged.rows
    .filter((r) => r.k === 'o')
    .map((r) => ({ number: Number(r.key), shortLabel: r.name ?? {}, count: Number(r.n) }))
    .sort((a, b) => a.number - b.number);
  const countryCounts = tagged.rows
    .filter((r) => r.k === 'c')
    .map((r) => ({ iso3: r.key, name: r.name ?? {}, count: Number(r.n) }))
    .sort((a, b) => b.count - a.count || (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
  return {
    objectives,
    statuses: pledgeStatuses.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    countries: countryCounts,
    financial,
    freshness,
    publishedTotal: byStatus.get('published') ?? 0,
  };
}
