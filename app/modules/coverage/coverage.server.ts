import { asc, eq, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { coverageCounts } from '#db/schema/content';
import { countries, type RegionKind, regionMembers, regions } from '#db/schema/reference';
import { readContentStamp } from '~/modules/content/content-stamp.server';
import { type ContentTypeKey, contentTypeKeys } from '~/modules/content/content-type-keys';
import { type PublicPledgeStatus, publicPledgeStatuses } from '~/modules/pledges/pledge-filters';
import { objectiveNumbers } from '~/modules/reference/constants';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

/**
 * The coverage radar: for each objective × region (or × country of one region), how many items of
 * public activity the content index holds. One definition everywhere (coverage-definitions on each
 * page, `definitions` in the API): an item counts in a cell when an anonymous reader may open it,
 * it is tagged with the objective, and it concerns the column — a country it is tagged with or
 * made by, or a region it is tagged with or containing such a country. An item tagged with three
 * objectives counts once in each; a cell counts each item once whatever its number of countries.
 */
export type CoverageBy = 'region' | 'country';
export const coverageBys: readonly CoverageBy[] = ['region', 'country'];
export const defaultRegionKind: RegionKind = 'regional_commission';

export type CountsByType = Record<ContentTypeKey, number>;
export interface CoverageColumn {
  id: string;
  name: Translated;
}
export interface CoverageCell {
  total: number;
  byType: CountsByType;
}
export interface CoverageMatrix {
  by: CoverageBy;
  region: { id: string; name: Translated } | null;
  columns: CoverageColumn[];
  /** One row per objective (1..23), one cell per column, in column order. */
  rows: { objective: number; cells: CoverageCell[]; total: number }[];
  /** Per column, the objectives with the fewest public items (lowest count first). */
  leastCovered: { column: string; objectives: { objective: number; total: number }[] }[];
  /**
   * Per objective, the public pledges of the whole matrix's scope by status (an anonymous reader
   * opens published and closed pledges only; drafts, submissions and withdrawn pledges never count).
   */
  pledgeStatus: { objective: number; byStatus: Record<PublicPledgeStatus, number>; total: number }[];
  /** Public items per year within the whole matrix's scope, per content type (no year: left out). */
  trend: { year: number; total: number; byType: CountsByType }[];
  /** When public data last changed (the counts are this fresh). */
  asOf: string;
  /**
   * Why the matrix has no columns when it has none: 'noMembers' for a region the reference data
   * list no member states for (ECE, ECLAC and ESCAP today), so its page explains the empty view.
   */
  note: CoverageNote | null;
}
export type CoverageNote = 'noMembers';

const zeroStatuses = () =>
  Object.fromEntries(publicPledgeStatuses.map((s) => [s, 0])) as Record<PublicPledgeStatus, number>;
const zero = (): CountsByType => Object.fromEntries(contentTypeKeys.map((k) => [k, 0])) as CountsByType;
/** How many objectives the "least covered" lists name per column. */
export const leastCoveredCount = 5;

/**
 * Results keyed by the change stamp: recomputed only after public data changed (decision 31). Per
 * database handle, since two databases (the tests' two stores) can stand at the same stamp version.
 */
const memos = new WeakMap<DbOrTx, Map<string, Promise<CoverageMatrix>>>();

export async function coverageMatrix(options: {
  db?: DbOrTx;
  by: CoverageBy;
  /** by=region: the kind of regions as columns; by=country: the region whose countries are columns. */
  regionKind?: RegionKind;
  region?: string;
}): Promise<CoverageMatrix | null> {
  const { db = getDb(), by } = options;
  const stamp = await readContentStamp(db);
  const key = `${stamp.version}:${by}:${options.regionKind ?? ''}:${options.region ?? ''}`;
  let memo = memos.get(db);
  if (!memo) {
    memo = new Map();
    memos.set(db, memo);
  }
  let hit = memo.get(key);
  if (!hit) {
    if (memo.size > 200) memo.clear();
    hit = compute(db, options, stamp.changedAt);
    memo.set(key, hit);
    hit.catch(() => memo.delete(key));
  }
  const result = await hit;
  // Only an unknown region is not found; a known one without member states is an empty matrix.
  return by === 'country' && !result.region ? null : structuredClone(result);
}

async function compute(
  db: DbOrTx,
  options: { by: CoverageBy; regionKind?: RegionKind; region?: string },
  asOf: Date,
): Promise<CoverageMatrix> {
  let columns: CoverageColumn[];
  let region: CoverageMatrix['region'] = null;
  if (options.by === 'region') {
    columns = await db
      .select({ id: regions.id, name: regions.name })
      .from(regions)
      .where(eq(regions.kind, options.regionKind ?? defaultRegionKind))
      .orderBy(asc(regions.position), asc(regions.id));
  } else {
    const [found] = await db
      .select({ id: regions.id, name: regions.name })
      .from(regions)
      .where(eq(regions.id, options.region ?? ''));
    if (!found) return empty(options.by, asOf);
    region = found;
    columns = await db
      .select({ id: countries.iso3, name: countries.name })
      .from(regionMembers)
      .innerJoin(countries, eq(countries.iso3, regionMembers.countryIso3))
      .where(eq(regionMembers.regionId, found.id))
      .orderBy(asc(countries.iso3));
  }
  const ids = columns.map((c) => c.id);
  const matrix = new Map(ids.map((id) => [id, new Map<number, CoverageCell>()]));
  const trend = new Map<number, { total: number; byType: CountsByType }>();
  const statusCounts = new Map<number, Record<PublicPledgeStatus, number>>();
  if (ids.length) {
    const idArray = sql.param(ids);
    // The counts the index's triggers keep (coverageCounts, decision 93): a few hundred rows for any view.
    const area = options.by === 'region' ? (options.regionKind ?? defaultRegionKind) : region!.id;
    const scope =
      options.by === 'region'
        ? sql`(measure = 'region_cell' and area = any(${idArray}::text[]))
            or (measure in ('kind_year', 'kind_status') and area = ${area})`
        : sql`(measure = 'country_cell' and area = ${area} and col = any(${idArray}::text[]))
            or (measure in ('region_year', 'region_status') and area = ${area})`;
    const counts = await db.execute<{
      kind: 'cell' | 'year' | 'status';
      col: string;
      objective: number;
      type: string;
      year: number;
      status: string;
      n: number;
    }>(sql`
      select split_part(measure, '_', 2) as kind, case measure when 'region_cell' then area else col end as col,
        objective, type, year, status, n
      from ${coverageCounts} where n <> 0 and (${scope})`);
    const rowsOf = (kind: 'cell' | 'year' | 'status') => counts.rows.filter((r) => r.kind === kind);
    for (const row of rowsOf('cell')) {
      const byObjective = matrix.get(row.col);
      if (!byObjective || !row.type || !(row.type in zero())) continue;
      const objective = Number(row.objective);
      const cell = byObjective.get(objective) ?? { total: 0, byType: zero() };
      cell.byType[row.type as ContentTypeKey] += Number(row.n);
      cell.total += Number(row.n);
      byObjective.set(objective, cell);
    }
    for (const row of rowsOf('status')) {
      if (!(publicPledgeStatuses as readonly (string | null)[]).includes(row.status)) continue;
      const objective = Number(row.objective);
      const counts = statusCounts.get(objective) ?? zeroStatuses();
      counts[row.status as PublicPledgeStatus] += Number(row.n);
      statusCounts.set(objective, counts);
    }
    for (const row of rowsOf('year')) {
      if (!row.type || !(row.type in zero())) continue;
      const entry = trend.get(Number(row.year)) ?? { total: 0, byType: zero() };
      entry.byType[row.type as ContentTypeKey] += Number(row.n);
      entry.total += Number(row.n);
      trend.set(Number(row.year), entry);
    }
  }
  const rows = objectiveNumbers.map((objective) => {
    const cells = ids.map((id) => matrix.get(id)?.get(objective) ?? { total: 0, byType: zero() });
    return { objective, cells, total: cells.reduce((n, c) => n + c.total, 0) };
  });
  const leastCovered = ids.map((id, i) => ({
    column: id,
    objectives: rows
      .map((r) => ({ objective: r.objective, total: r.cells[i]!.total }))
      .sort((a, b) => a.total - b.total || a.objective - b.objective)
      .slice(0, leastCoveredCount),
  }));
  const pledgeStatus = objectiveNumbers.map((objective) => {
    const byStatus = statusCounts.get(objective) ?? zeroStatuses();
    return { objective, byStatus, total: Object.values(byStatus).reduce((n, v) => n + v, 0) };
  });
  return {
    by: options.by,
    region,
    columns,
    rows,
    leastCovered,
    pledgeStatus,
    trend: [...trend.entries()].sort(([a], [b]) => a - b).map(([year, v]) => ({ year, ...v })),
    asOf: asOf.toISOString(),
    note: options.by === 'country' && !columns.length ? 'noMembers' : null,
  };
}

function empty(by: CoverageBy, asOf: Date): CoverageMatrix {
  return {
    by,
    region: null,
    columns: [],
    rows: [],
    leastCovered: [],
    pledgeStatus: [],
    trend: [],
    asOf: asOf.toISOString(),
    note: null,
  };
}
