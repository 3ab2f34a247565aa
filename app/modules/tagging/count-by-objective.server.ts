import { type SQL, sql } from 'drizzle-orm';
import { isObjectiveNumber, objectiveNumbers } from '~/modules/reference/constants';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

export interface ObjectiveCount {
  objective: number;
  /** Distinct tagged entities across the types counted. */
  total: number;
  byType: Record<string, number>;
}

export interface CountByObjectiveOptions {
  db?: DbOrTx;
  /** Only these content types ('pledge', 'review', …); all when omitted. */
  entityTypes?: string[];
  /** Only entities tagged with this country (ISO3). */
  country?: string;
  /** Only entities tagged with this region, or with a country that belongs to it. */
  region?: string;
  /** Only this objective (the result then has one entry). */
  objective?: number;
  /**
   * Per content type, a condition a tagged entity must meet to count, given its id (entity_id,
   * text) — e.g. only published pledges (see publishedPledgeTags). Types not named count as tagged.
   */
  where?: TagConditions;
}

/** Content type → the condition on its entity id (SQL text) for a tagged entity to count. */
export type TagConditions = Record<string, (entityId: SQL) => SQL>;

/**
 * How many tagged entities each objective has, zero included, optionally narrowed by content
 * type, country or region, and by a condition per content type (`where`, e.g. only published
 * pledges): the basis of the coverage views.
 */
export async function countByObjective(options: CountByObjectiveOptions = {}): Promise<ObjectiveCount[]> {
  const { db = getDb(), entityTypes, country, region, objective, where: only = {} } = options;
  const numbers =
    objective === undefined ? objectiveNumbers : isObjectiveNumber(objective) ? [objective] : [];
  if (!numbers.length || (entityTypes && !entityTypes.length)) {
    return numbers.map((n) => ({ objective: n, total: 0, byType: {} }));
  }
  const conditions: SQL[] = [];
  if (objective !== undefined) conditions.push(sql`t.objective = ${objective}`);
  if (entityTypes) {
    conditions.push(
      sql`t.entity_type in (${sql.join(
        entityTypes.map((e) => sql`${e}`),
        sql`, `,
      )})`,
    );
  }
  if (country) {
    conditions.push(sql`exists (select 1 from country_tags c
      where c.entity_type = t.entity_type and c.entity_id = t.entity_id and c.country = ${country.toUpperCase()})`);
  }
  if (region) {
    conditions.push(sql`(exists (select 1 from region_tags r
        where r.entity_type = t.entity_type and r.entity_id = t.entity_id and r.region = ${region})
      or exists (select 1 from country_tags c join region_members m on m.country_iso3 = c.country
        where c.entity_type = t.entity_type and c.entity_id = t.entity_id and m.region_id = ${region}))`);
  }
  for (const [type, condition] of Object.entries(only)) {
    // CASE keeps the condition (which may cast the id) to rows of its own type.
    conditions.push(
      sql`(case when t.entity_type = ${type} then ${condition(sql`t.entity_id`)} else true end)`,
    );
  }
  const where = conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
  const result = await db.execute<{ objective: number; entity_type: string; n: number }>(
    sql`select t.objective, t.entity_type, count(*)::int as n from objective_tags t ${where} group by t.objective, t.entity_type`,
  );
  const byObjective = new Map<number, ObjectiveCount>(
    numbers.map((n) => [n, { objective: n, total: 0, byType: {} }]),
  );
  for (const row of result.rows) {
    const entry = byObjective.get(Number(row.objective));
    if (!entry) continue;
    entry.byType[row.entity_type] = Number(row.n);
    entry.total += Number(row.n);
  }
  return [...byObjective.values()];
}
