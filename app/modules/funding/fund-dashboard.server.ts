import { sql } from 'drizzle-orm';
import type { ConceptNoteStatus } from '#db/schema/funding-values';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

/**
 * The fund's numbers. `scope: 'public'` counts only concept notes and programmes an anonymous reader
 * may open (their content index rows are public), which is what the public dashboard shows;
 * `scope: 'all'` is the whole pipeline, for the secretariat and the steering committee.
 * Contributions are public facts of the fund (donor, date, amount) and are all counted.
 * Money is in USD, summed in the database as numeric and returned rounded to the cent.
 */
export interface FundDashboard {
  contributions: {
    totalUsd: number;
    count: number;
    byYear: { year: number; usd: number }[];
    byDonor: { donor: string; usd: number; count: number }[];
  };
  allocations: {
    totalUsd: number;
    programmes: number;
    byThematicArea: { thematicAreaId: number; usd: number; programmes: number }[];
    byRegion: { regionId: string | null; usd: number; programmes: number }[];
  };
  pipeline: {
    byStatus: Record<ConceptNoteStatus, number>;
    /** Notes that reached each stage or a later one (the funnel). */
    reached: { inPipeline: number; selected: number; funded: number };
    /** Distinct states and regions the counted notes come from. */
    places: number;
    /** Requested by notes in the pipeline or selected, not yet funded. */
    demandUsd: number;
  };
  /** Contributions minus allocations. */
  availableUsd: number;
}

const cents = (v: unknown) => Math.round(Number(v ?? 0) * 100) / 100;

export async function fundDashboard(options: {
  db?: DbOrTx;
  scope: 'public' | 'all';
}): Promise<FundDashboard> {
  const { db = getDb(), scope } = options;
  const visible = (type: string, idColumn: string) =>
    scope === 'all'
      ? sql`true`
      : sql`exists (select 1 from content_items ci where ci.type = ${type} and ci.id = ${sql.raw(idColumn)}::text and ci.visibility = 'public')`;

  const [byYear, byDonor, byArea, byRegion, notes] = await readTogether(db, [
    () =>
      db.execute<{ year: number; usd: string; n: number }>(
        sql`select extract(year from received_on)::int as year, sum(usd_value) as usd, count(*)::int as n
        from fund_contributions group by 1 order by 1`,
      ),
    () =>
      db.execute<{ donor: string; usd: string; n: number }>(
        sql`select donor, sum(usd_value) as usd, count(*)::int as n
        from fund_contributions group by donor order by sum(usd_value) desc, donor`,
      ),
    () =>
      db.execute<{ area: number; usd: string; n: number }>(
        sql`select p.thematic_area_id as area, sum(p.budget_usd) as usd, count(*)::int as n
        from programmes p where ${visible('programme', 'p.id')} group by 1 order by 1`,
      ),
    () =>
      db.execute<{ region: string | null; usd: string; n: number }>(
        sql`select coalesce(p.region_id, c.region_id) as region, sum(p.budget_usd) as usd, count(*)::int as n
        from programmes p left join countries c on c.iso3 = p.country_iso3
        where ${visible('programme', 'p.id')} group by 1 order by 2 desc`,
      ),
    () =>
      db.execute<{ status: ConceptNoteStatus; n: number; demand: string }>(
        sql`select n.status, count(*)::int as n,
          sum(case when n.status in ('in_pipeline', 'selected') then n.budget_requested_usd else 0 end) as demand
        from concept_notes n where ${visible('concept_note', 'n.id')} group by n.status`,
      ),
  ]);
  const [places] = (
    await db.execute<{ places: number }>(
      sql`select count(distinct coalesce(n.country_iso3, n.region_id))::int as places
        from concept_notes n where ${visible('concept_note', 'n.id')}`,
    )
  ).rows;

  const byStatus: Record<ConceptNoteStatus, number> = {
    submitted: 0,
    screened: 0,
    in_pipeline: 0,
    selected: 0,
    funded: 0,
    closed: 0,
    not_selected: 0,
  };
  let demandUsd = 0;
  for (const row of notes.rows) {
    byStatus[row.status] = Number(row.n);
    demandUsd += Number(row.demand ?? 0);
  }
  const contributionTotal = byYear.rows.reduce((s, r) => s + Number(r.usd), 0);
  const allocationTotal = byArea.rows.reduce((s, r) => s + Number(r.usd), 0);
  return {
    contributions: {
      totalUsd: cents(contributionTotal),
      count: byYear.rows.reduce((s, r) => s + Number(r.n), 0),
      byYear: byYear.rows.map((r) => ({ year: Number(r.year), usd: cents(r.usd) })),
      byDonor: byDonor.rows.map((r) => ({ donor: r.donor, usd: cents(r.usd), count: Number(r.n) })),
    },
    allocations: {
      totalUsd: cents(allocationTotal),
      programmes: byArea.rows.reduce((s, r) => s + Number(r.n), 0),
      byThematicArea: byArea.rows.map((r) => ({
        thematicAreaId: Number(r.area),
        usd: cents(r.usd),
        programmes: Number(r.n),
      })),
      byRegion: byRegion.rows.map((r) => ({
        regionId: r.region,
        usd: cents(r.usd),
        programmes: Number(r.n),
      })),
    },
    pipeline: {
      byStatus,
      reached: {
        inPipeline: byStatus.in_pipeline + byStatus.selected + byStatus.funded + byStatus.closed,
        selected: byStatus.selected + byStatus.funded + byStatus.closed,
        funded: byStatus.funded + byStatus.closed,
      },
      places: Number(places?.places ?? 0),
      demandUsd: cents(demandUsd),
    },
    availableUsd: cents(contributionTotal - allocationTotal),
  };
}
