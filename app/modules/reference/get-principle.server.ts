import { sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

export interface PrincipleDetail {
  key: string;
  paragraph: string;
  position: number;
  name: Translated;
  status: Record<string, string>;
  previous: { key: string; name: Translated } | null;
  next: { key: string; name: Translated } | null;
}

/** One guiding principle with its neighbours, in one query (public counts: countPublicContent). */
export async function getPrinciple(options: { db?: DbOrTx; key: string }): Promise<PrincipleDetail | null> {
  const { db = getDb(), key } = options;
  if (!/^[a-z_]{1,64}$/.test(key)) return null;
  const result = await db.execute<{
    key: string;
    paragraph: string;
    position: number;
    name: Translated;
    status: Record<string, string> | null;
    neighbours: { key: string; position: number; name: Translated }[];
  }>(sql`
    select p.key, p.paragraph, p.position, p.name, p.provenance->'status' as status,
      (select coalesce(json_agg(json_build_object('key', n.key, 'position', n.position, 'name', n.name)), '[]'::json)
         from principles n where n.position in (p.position - 1, p.position + 1)) as neighbours
    from principles p where p.key = ${key}`);
  const row = result.rows[0];
  if (!row) return null;
  const pick = (position: number) => {
    const n = row.neighbours.find((x) => x.position === position);
    return n ? { key: n.key, name: n.name } : null;
  };
  return {
    key: row.key,
    paragraph: row.paragraph,
    position: row.position,
    name: row.name,
    status: row.status ?? {},
    previous: pick(row.position - 1),
    next: pick(row.position + 1),
  };
}
