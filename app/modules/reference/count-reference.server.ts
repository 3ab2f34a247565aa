import { sql } from 'drizzle-orm';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

export interface ReferenceCounts {
  objectives: number;
  principles: number;
  thematicAreas: number;
  countries: number;
  unMembers: number;
  observers: number;
  regions: number;
}

/** How much reference data there is, for the home page, in one query. */
export async function countReference(options: { db?: DbOrTx } = {}): Promise<ReferenceCounts> {
  const { db = getDb() } = options;
  const result = await db.execute<Record<string, number>>(sql`select
    (select count(*) from objectives)::int as objectives,
    (select count(*) from principles)::int as principles,
    (select count(*) from thematic_areas)::int as thematic_areas,
    (select count(*) from countries)::int as countries,
    (select count(*) from countries where un_status = 'member')::int as un_members,
    (select count(*) from countries where un_status = 'observer')::int as observers,
    (select count(*) from regions)::int as regions`);
  const r = result.rows[0] ?? {};
  return {
    objectives: Number(r.objectives ?? 0),
    principles: Number(r.principles ?? 0),
    thematicAreas: Number(r.thematic_areas ?? 0),
    countries: Number(r.countries ?? 0),
    unMembers: Number(r.un_members ?? 0),
    observers: Number(r.observers ?? 0),
    regions: Number(r.regions ?? 0),
  };
}
