import { inArray, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { organisations } from '#db/schema/index';
import { pledgeIndicators, pledgePartners, pledges } from '#db/schema/pledges';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { listPledges, type PledgeCursor, type PledgeListItem } from './list-pledges.server';
import type { PledgeExportIndicator, PledgeExportPartner, PledgeExportRow } from './pledge-export';
import type { PledgeFilters } from './pledge-filters';

/** Rows read and written at a time: memory stays flat however long the export. */
export const pledgeExportChunkSize = 500;
/** A hard cap on one export, as for the API exports; the registry is far smaller for years to come. */
export const pledgeExportMaxRows = 50_000;

/**
 * The description, indicators and partners of a chunk of listed pledges, in one query (never one
 * per row). The ids come from listPledges, so only public pledges are read.
 */
async function detailsOf(db: DbOrTx, items: PledgeListItem[]): Promise<PledgeExportRow[]> {
  if (!items.length) return [];
  // Drizzle leaves columns unqualified in a one-table select; inside the subqueries they must not be.
  const pledgeId = sql`pledges.id`;
  const rows = await db
    .select({
      id: pledges.id,
      description: pledges.description,
      indicators: sql<PledgeExportIndicator[]>`(select coalesce(json_agg(json_build_object(
          'name', i.name, 'unit', i.unit, 'baseline', i.baseline, 'target', i.target) order by i.position), '[]')
        from ${pledgeIndicators} i where i.pledge_id = ${pledgeId})`,
      partners: sql<
        { iso3: string | null; name: Translated | null; confirmed: boolean }[]
      >`(select coalesce(json_agg(json_build_object(
          'iso3', pp.country_iso3, 'name', o.name, 'confirmed', pp.confirmed_at is not null)
          order by pp.created_at, pp.organisation_id nulls last, pp.country_iso3), '[]')
        from ${pledgePartners} pp left join ${organisations} o on o.id = pp.organisation_id
        where pp.pledge_id = ${pledgeId})`,
    })
    .from(pledges)
    .where(
      inArray(
        pledges.id,
        items.map((i) => i.id),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return items.map((item) => {
    const more = byId.get(item.id);
    return {
      ...item,
      description: more?.description ?? {},
      // numeric comes back from json_build_object as a JSON number; Number() for stores that send text.
      indicators: (more?.indicators ?? []).map((i) => ({
        name: i.name ?? {},
        unit: i.unit,
        baseline: i.baseline === null ? null : Number(i.baseline),
        target: Number(i.target),
      })),
      partners: (more?.partners ?? []).map(
        (p): PledgeExportPartner => ({ iso3: p.iso3, name: p.name, confirmed: p.confirmed }),
      ),
    };
  });
}

/**
 * The registry rows matching `filters` (oldest first unless a sort is given), chunk by chunk, with
 * their descriptions, indicators and partners; at most pledgeExportMaxRows. The default order pages
 * with a keyset, so a late chunk costs what an early one does.
 */
export async function* pledgeExportChunks(options: {
  filters: PledgeFilters;
  today?: Date;
  db?: DbOrTx;
  chunkSize?: number;
}): AsyncGenerator<PledgeExportRow[]> {
  const { db = getDb(), today = new Date(), chunkSize = pledgeExportChunkSize } = options;
  const filters: PledgeFilters = { sort: 'oldest', ...options.filters };
  let written = 0;
  let after: PledgeCursor | undefined;
  for (;;) {
    const limit = Math.min(chunkSize, pledgeExportMaxRows - written);
    const { items, next } = await listPledges({
      db,
      filters,
      limit,
      offset: filters.sort === 'oldest' ? 0 : written,
      after: filters.sort === 'oldest' ? after : undefined,
      today,
      count: false,
    });
    if (items.length) yield await detailsOf(db, items);
    written += items.length;
    after = next ?? undefined;
    if (items.length < limit || written >= pledgeExportMaxRows) return;
  }
}
