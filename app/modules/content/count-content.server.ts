import { type SQL, sql } from 'drizzle-orm';
import { contentItems } from '#db/schema/content';
import { isObjectiveNumber, objectiveNumbers } from '~/modules/reference/constants';
import { cachedUntilChange } from '~/platform/cached-until-change.server';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { type ContentTypeKey, contentTypeKeys } from './content-type-keys';
import { publicContent } from './readable-content.server';

/** What a public number is about: items tagged with all of these (a region includes its countries). */
export interface ContentScope {
  objective?: number;
  principle?: string;
  country?: string;
  region?: string;
  types?: readonly ContentTypeKey[];
}

/** The conditions of a public scope on content_items (counts, feeds, coverage share them). */
export function scopeConditions(scope: ContentScope): SQL[] {
  const conditions: SQL[] = [publicContent];
  if (scope.objective !== undefined) {
    conditions.push(sql`${contentItems.objectives} @> array[${scope.objective}]::integer[]`);
  }
  if (scope.principle) conditions.push(sql`${contentItems.principles} @> array[${scope.principle}]::text[]`);
  if (scope.country) {
    conditions.push(sql`${contentItems.countries} @> array[${scope.country.toUpperCase()}]::text[]`);
  }
  if (scope.region) conditions.push(sql`${contentItems.regions} @> array[${scope.region}]::text[]`);
  if (scope.types) {
    conditions.push(
      scope.types.length
        ? sql`${contentItems.type} in (${sql.join(
            scope.types.map((t) => sql`${t}`),
            sql`, `,
          )})`
        : sql`false`,
    );
  }
  return conditions;
}

export type CountsByType = Record<ContentTypeKey, number>;
const zeroByType = (): CountsByType => Object.fromEntries(contentTypeKeys.map((k) => [k, 0])) as CountsByType;

/**
 * How many items everyone may open, per content type (every type present, zero included), within
 * a scope. Every public number on the framework pages comes from here.
 */
export async function countPublicContent(
  options: ContentScope & { db?: DbOrTx } = {},
): Promise<{ total: number; byType: CountsByType }> {
  const { db = getDb(), ...scope } = options;
  // Counting reads every matching index row (thousands for an objective) on each uncached page view;
  // the numbers change only when something is committed, so they are kept until then.
  const rows = await cachedUntilChange(
    db,
    `public-content-count:${JSON.stringify(scope)}`,
    async () =>
      (
        await db.execute<{ type: string; n: number }>(
          sql`select ${contentItems.type} as type, count(*)::int as n from ${contentItems}
            where ${sql.join(scopeConditions(scope), sql` and `)} group by ${contentItems.type}`,
        )
      ).rows,
  );
  const byType = zeroByType();
  let total = 0;
  for (const row of rows) {
    if (!(row.type in byType)) continue;
    byType[row.type as ContentTypeKey] = Number(row.n);
    total += Number(row.n);
  }
  return { total, byType };
}

export interface ObjectiveContentCount {
  objective: number;
  total: number;
  byType: CountsByType;
}

/** Per objective (all 23, zero included), how many public items are tagged with it within a scope. */
export async function countPublicContentByObjective(
  options: Omit<ContentScope, 'objective'> & { db?: DbOrTx } = {},
): Promise<ObjectiveContentCount[]> {
  const { db = getDb(), ...scope } = options;
  const result = await db.execute<{ objective: number; type: string; n: number }>(
    sql`select o.objective, ${contentItems.type} as type, count(*)::int as n
      from ${contentItems}, unnest(${contentItems.objectives}) as o(objective)
      where ${sql.join(scopeConditions(scope), sql` and `)}
      group by o.objective, ${contentItems.type}`,
  );
  const out = new Map<number, ObjectiveContentCount>(
    objectiveNumbers.map((n) => [n, { objective: n, total: 0, byType: zeroByType() }]),
  );
  for (const row of result.rows) {
    const entry = out.get(Number(row.objective));
    if (!entry || !isObjectiveNumber(Number(row.objective)) || !(row.type in entry.byType)) continue;
    entry.byType[row.type as ContentTypeKey] = Number(row.n);
    entry.total += Number(row.n);
  }
  return [...out.values()];
}
