import { asc, eq, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { type RegionKind, regionMembers, regions } from '#db/schema/reference';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { cachedReference } from './reference-cache.server';

export interface RegionListItem {
  id: string;
  kind: RegionKind;
  code: string;
  parentId: string | null;
  name: Translated;
  /** 0 when the sources record no membership (e.g. ECE, ECLAC, ESCAP). */
  memberCount: number;
  /** Member ISO3 codes, only with `withMembers`. */
  members?: string[];
}

/**
 * All groupings (or one kind) in display order, with how many countries each records. Read by
 * many pages' filters: through the short reference cache, unless a `db` (a transaction) is given.
 * Each caller gets its own copy to sort or change.
 */
export async function listRegions(
  options: { db?: DbOrTx; kind?: RegionKind; withMembers?: boolean } = {},
): Promise<RegionListItem[]> {
  const { db, kind, withMembers = false } = options;
  if (db) return readRegions(db, kind, withMembers);
  const rows = await cachedReference(`regions:${kind ?? 'all'}:${withMembers}`, () =>
    readRegions(getDb(), kind, withMembers),
  );
  return structuredClone(rows);
}

// Async: a drizzle query is a lazy thenable that would run again at every await of the cached value.
async function readRegions(
  db: DbOrTx,
  kind: RegionKind | undefined,
  withMembers: boolean,
): Promise<RegionListItem[]> {
  return db
    .select({
      id: regions.id,
      kind: regions.kind,
      code: regions.code,
      parentId: regions.parentId,
      name: regions.name,
      memberCount:
        sql<number>`(select count(*) from ${regionMembers} m where m.region_id = ${regions.id})`.mapWith(
          Number,
        ),
      ...(withMembers
        ? {
            members: sql<
              string[]
            >`coalesce((select array_agg(m.country_iso3 order by m.country_iso3) from ${regionMembers} m
              where m.region_id = ${regions.id}), '{}')`,
          }
        : {}),
    })
    .from(regions)
    .where(kind ? eq(regions.kind, kind) : undefined)
    .orderBy(asc(regions.position), regions.id);
}

/** Just the region ids, to validate a filter and name the allowed values. */
export async function listRegionIds(options: { db?: DbOrTx } = {}): Promise<string[]> {
  const { db = getDb() } = options;
  const rows = await db.select({ id: regions.id }).from(regions).orderBy(asc(regions.position), regions.id);
  return rows.map((r) => r.id);
}
