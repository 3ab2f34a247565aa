import { and, arrayContains, asc, desc, eq, gte, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { indicators, indicatorValues } from '#db/schema/indicators';
import { countries } from '#db/schema/reference';
import { reviews } from '#db/schema/reviews';
import { cachedUntilChange } from '~/platform/cached-until-change.server';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

/**
 * The reads every page, the API, the CSV and the bundle share: the catalogue, one indicator, and
 * reported values with their state's name. Everything here is public (indicator-policy.ts): a value
 * reported in a national review is read only once that review is published (`publicValue`), so a
 * draft's numbers never reach a page, the CSV, the API, counts, search or the bundle.
 */
export type IndicatorRow = typeof indicators.$inferSelect;
export type IndicatorValueRow = typeof indicatorValues.$inferSelect;

/**
 * A value the public may read: reported separately, or in a review that is published now (a review
 * withdrawn takes its values with it).
 */
export const publicValue: SQL = or(
  isNull(indicatorValues.reviewId),
  sql`exists (select 1 from ${reviews} where ${reviews.id} = ${indicatorValues.reviewId} and ${reviews.status} = 'published')`,
)!;

/** The catalogue; retired indicators only when asked (their page and values stay readable). */
export async function listIndicators(
  options: { db?: DbOrTx; objective?: number; withRetired?: boolean } = {},
) {
  const { db = getDb() } = options;
  return db
    .select()
    .from(indicators)
    .where(
      and(
        options.objective ? arrayContains(indicators.objectives, [options.objective]) : undefined,
        options.withRetired ? undefined : isNull(indicators.retiredAt),
      ),
    )
    .orderBy(asc(indicators.position), asc(indicators.code));
}

export async function getIndicatorByCode(options: { db?: DbOrTx; code: string }) {
  const { db = getDb() } = options;
  const [row] = await db.select().from(indicators).where(eq(indicators.code, options.code));
  return row ?? null;
}

export interface ValueWithCountry extends IndicatorValueRow {
  countryName: { ar?: string; en?: string };
}

/** Where a page of values ended: the last row's place in the order (a cell is unique, so the order is total). */
export type ValueCursor = Pick<
  IndicatorValueRow,
  'indicatorId' | 'countryIso3' | 'year' | 'disaggregationKey'
>;

/** Rows after the cursor in the order (indicator, state) ascending, year descending, breakdown ascending. */
const afterValue = (c: ValueCursor): SQL =>
  or(
    sql`(${indicatorValues.indicatorId}, ${indicatorValues.countryIso3}) > (${c.indicatorId}, ${c.countryIso3})`,
    and(
      eq(indicatorValues.indicatorId, c.indicatorId),
      eq(indicatorValues.countryIso3, c.countryIso3),
      or(
        sql`${indicatorValues.year} < ${c.year}`,
        and(
          eq(indicatorValues.year, c.year),
          sql`${indicatorValues.disaggregationKey} > ${c.disaggregationKey}`,
        ),
      ),
    ),
  )!;

/**
 * Reported values, by indicator then state, year and breakdown (totals first): the public ones, or
 * one review's own (published or not) for its editors. `limit` and `after` read them page by page
 * (the report bundle).
 */
export async function listIndicatorValues(options: {
  db?: DbOrTx;
  indicatorIds?: string[];
  countryIso3?: string;
  yearFrom?: number;
  yearTo?: number;
  reviewId?: string;
  after?: ValueCursor;
  limit?: number;
}): Promise<ValueWithCountry[]> {
  const { db = getDb() } = options;
  if (options.indicatorIds && !options.indicatorIds.length) return [];
  const query = db
    .select({ value: indicatorValues, countryName: countries.name })
    .from(indicatorValues)
    .innerJoin(countries, eq(countries.iso3, indicatorValues.countryIso3))
    .where(
      and(
        options.indicatorIds ? inArray(indicatorValues.indicatorId, options.indicatorIds) : undefined,
        options.countryIso3 ? eq(indicatorValues.countryIso3, options.countryIso3) : undefined,
        options.yearFrom !== undefined ? gte(indicatorValues.year, options.yearFrom) : undefined,
        options.yearTo !== undefined ? lte(indicatorValues.year, options.yearTo) : undefined,
        options.reviewId ? eq(indicatorValues.reviewId, options.reviewId) : publicValue,
        options.after ? afterValue(options.after) : undefined,
      ),
    )
    .orderBy(
      asc(indicatorValues.indicatorId),
      asc(indicatorValues.countryIso3),
      desc(indicatorValues.year),
      asc(indicatorValues.disaggregationKey),
    )
    .$dynamic();
  const rows = await (options.limit ? query.limit(options.limit) : query);
  return rows.map((r) => ({ ...r.value, countryName: r.countryName }));
}

export interface IndicatorSummary {
  indicator: IndicatorRow;
  /** Totals (no breakdown) by state: the latest year's value and the series, oldest first. */
  byCountry: {
    iso3: string;
    name: { ar?: string; en?: string };
    latest: { year: number; value: number };
    series: { year: number; value: number }[];
  }[];
}

/**
 * For a state's or an objective's page: each indicator with its totals per state (the latest year and
 * the series for a small chart). Only indicators with at least one total reported are listed.
 */
export async function summariseIndicators(options: {
  db?: DbOrTx;
  countryIso3?: string;
  objective?: number;
  indicatorCode?: string;
}): Promise<IndicatorSummary[]> {
  const { db = getDb() } = options;
  // Objective and country pages show these on every render; the data changes rarely.
  const key = `indicator-summaries:${options.countryIso3 ?? ''}:${options.objective ?? ''}:${options.indicatorCode ?? ''}`;
  return cachedUntilChange(db, key, async () => {
    const catalogue = (await listIndicators({ db, objective: options.objective, withRetired: true })).filter(
      (i) => !options.indicatorCode || i.code === options.indicatorCode,
    );
    const values = await listIndicatorValues({
      db,
      indicatorIds: catalogue.map((i) => i.id),
      countryIso3: options.countryIso3,
    });
    return catalogue
      .map((indicator) => {
        const totals = values.filter((v) => v.indicatorId === indicator.id && v.disaggregationKey === '');
        const byIso3 = new Map<string, ValueWithCountry[]>();
        for (const v of totals) byIso3.set(v.countryIso3, [...(byIso3.get(v.countryIso3) ?? []), v]);
        return {
          indicator,
          byCountry: [...byIso3.entries()].map(([iso3, rows]) => {
            const series = rows
              .map((r) => ({ year: r.year, value: r.value }))
              .sort((a, b) => a.year - b.year);
            return { iso3, name: rows[0]!.countryName, latest: series[series.length - 1]!, series };
          }),
        };
      })
      .filter((s) => s.byCountry.length > 0);
  });
}

/** States' names by ISO3, in the order given (unknown codes left out). */
export async function countryNames(iso3s: readonly string[], db: DbOrTx = getDb()) {
  if (!iso3s.length) return [];
  const rows = await db
    .select({ iso3: countries.iso3, name: countries.name })
    .from(countries)
    .where(inArray(countries.iso3, [...iso3s]));
  const byIso3 = new Map(rows.map((r) => [r.iso3, r]));
  return iso3s.flatMap((iso3) => byIso3.get(iso3) ?? []);
}
