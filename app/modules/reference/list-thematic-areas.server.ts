import { sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { thematicAreas } from '#db/schema/reference';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

export interface ThematicAreaListItem {
  id: number;
  name: Translated;
  objectives: number[];
  verified: boolean;
  status: Record<string, string>;
}

/** The Migration MPTF thematic areas with the objectives each groups (an unverified mapping). */
export async function listThematicAreas(options: { db?: DbOrTx } = {}): Promise<ThematicAreaListItem[]> {
  const { db = getDb() } = options;
  return db
    .select({
      id: thematicAreas.id,
      name: thematicAreas.name,
      objectives: thematicAreas.objectives,
      verified: thematicAreas.verified,
      status: sql<Record<string, string>>`coalesce(${thematicAreas.provenance}->'status', '{}'::jsonb)`,
    })
    .from(thematicAreas)
    .orderBy(thematicAreas.id);
}
