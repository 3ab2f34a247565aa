import { asc, eq, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { type PledgeStatus, pledgeStatuses, pledges } from '#db/schema/pledges';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { type Freshness, pledgeFreshness } from './freshness';
import { pledgeEntityType } from './pledge-records.server';

export interface PledgeDashboard {
  /** Published pledges tagged with each objective, all 23 in order, zero included. */
  objectives: { number: number; shortLabel: Translated; count: number }[];
  /** Pledges in each workflow status, in workflow order: aggregate numbers only. */
  statuses: { status: PledgeStatus; count: number }[];
  /** Published pledges tagged with each country, most first (ties by ISO code). */
  countries: { iso3: string; name: Translated; count: number }[];
  /** Financial commitments of published pledges, by currency (amounts are never added across currencies). */
  financial: { currency: string; total: number; pledges: number }[];
  /** Published pledges by how current their reporting is. */
  freshness: Record<Freshness, number>;
  publishedTotal: number;
}

const freshnessLevels: Freshness[] = ['green', 'amber', 'red'];

/**
 * Every number the public pledge dashboard shows, in five grouped queries. Non-public statuses
 * appear only as counts; everything else counts published pledges.
 */
export async function getPledgeDashboard(
  options: { db?: DbOrTx; now?: Date } = {},
): Promise<PledgeDashboard> {
  const { db = getDb(), now = new Date() } = options;
  const published = eq(pledges.status, 'published');
  const [objectiveRows, statusRows, countryRows, financialRows, freshnessRows] = await Promise.all([
    db.execute<{ number: number; short_label: Translated; n: number }>(sql`
      select o.number, o.short_label, coalesce(c.n, 0)::int as n
      from objectives o
      left join (
        select t.objective, count(*)::int as n
        from objective_tags t join pledges p on p.id::text = t.entity_id
        where t.entity_type = ${pledgeEntityType} and p.status = 'published'
        group by t.objective
      ) c on c.objective = o.number
      order by o.number`),
    db
      .select({ status: pledges.status, n: sql<number>`count(*)::int` })
      .from(pledges)
      .groupBy(pledges.status),
    db.execute<{ iso3: string; name: Translated; n: number }>(sql`
      select c.iso3, c.name, count(*)::int as n
      from country_tags t
      join pledges p on p.id::text = t.entity_id
      join countries c on c.iso3 = t.country
      where t.entity_type = ${pledgeEntityType} and p.status = 'published'
      group by c.iso3, c.name
      order by n desc, c.iso3`),
    db
      .select({
        currency: pledges.financialCurrency,
        total: sql<string>`sum(${pledges.financialAmount})::text`,
        n: sql<number>`count(*)::int`,
      })
      .from(pledges)
      .where(sql`${published} and ${pledges.financialAmount} is not null`)
      .groupBy(pledges.financialCurrency)
      .orderBy(asc(pledges.financialCurrency)),
    db
      .select({ lastProgressOn: pledges.lastProgressOn, publishedAt: pledges.publishedAt })
      .from(pledges)
      .where(published),
  ]);

  const byStatus = new Map(statusRows.map((r) => [r.status, Number(r.n)]));
  const freshness = Object.fromEntries(freshnessLevels.map((f) => [f, 0])) as Record<Freshness, number>;
  for (const row of freshnessRows) {
    const level = pledgeFreshness({
      lastUpdateOn: row.lastProgressOn,
      publishedAt: row.publishedAt,
      today: now,
    });
    if (level) freshness[level] += 1;
  }
  return {
    objectives: objectiveRows.rows.map((r) => ({
      number: Number(r.number),
      shortLabel: r.short_label ?? {},
      count: Number(r.n),
    })),
    statuses: pledgeStatuses.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    countries: countryRows.rows.map((r) => ({ iso3: r.iso3, name: r.name ?? {}, count: Number(r.n) })),
    financial: financialRows.map((r) => ({
      currency: r.currency ?? '',
      total: Number(r.total),
      pledges: Number(r.n),
    })),
    freshness,
    publishedTotal: byStatus.get('published') ?? 0,
  };
}
