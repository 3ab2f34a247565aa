import { sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import type { RegionKind, UnStatus } from '#db/schema/reference';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

export interface RegionDetail {
  id: string;
  kind: RegionKind;
  code: string;
  name: Translated;
  description: Translated;
  status: Record<string, string>;
  sources: string[];
  parent: { id: string; name: Translated } | null;
  children: { id: string; name: Translated; memberCount: number }[];
  /** Empty when the sources record no membership. */
  members: { iso3: string; name: Translated; unStatus: UnStatus; note: string | null }[];
}

/** One grouping by id (any case) with its parent, sub-groupings and member countries, in one query. */
export async function getRegion(options: { db?: DbOrTx; id: string }): Promise<RegionDetail | null> {
  const { db = getDb(), id } = options;
  if (!/^[\w-]{1,64}$/.test(id)) return null;
  const result = await db.execute<{
    id: string;
    kind: RegionKind;
    code: string;
    name: Translated;
    description: Translated;
    provenance: { sources?: string[]; status?: Record<string, string> } | null;
    parent: RegionDetail['parent'];
    children: RegionDetail['children'];
    members: RegionDetail['members'];
  }>(sql`
    select r.id, r.kind, r.code, r.name, r.description, r.provenance,
      (select json_build_object('id', p.id, 'name', p.name) from regions p where p.id = r.parent_id) as parent,
      (select coalesce(json_agg(json_build_object('id', c.id, 'name', c.name,
          'memberCount', (select count(*) from region_members cm where cm.region_id = c.id)) order by c.position), '[]'::json)
         from regions c where c.parent_id = r.id) as children,
      (select coalesce(json_agg(json_build_object('iso3', k.iso3, 'name', k.name, 'unStatus', k.un_status, 'note', m.note)
          order by k.name->>'en'), '[]'::json)
         from region_members m join countries k on k.iso3 = m.country_iso3 where m.region_id = r.id) as members
    from regions r where upper(r.id) = upper(${id})`);
  const row = result.rows[0];
  if (!row) return null;
  return {
    id: row.id,
    kind: row.kind,
    code: row.code,
    name: row.name,
    description: row.description ?? {},
    status: row.provenance?.status ?? {},
    sources: row.provenance?.sources ?? [],
    parent: row.parent,
    children: row.children,
    members: row.members,
  };
}
