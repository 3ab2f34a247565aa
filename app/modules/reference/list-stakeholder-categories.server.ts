import type { Translated } from '#db/schema/columns';
import { stakeholderCategories } from '#db/schema/reference';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

/** The stakeholder categories of A/RES/73/195 para 44, in the Compact's order. */
export async function listStakeholderCategories(
  options: { db?: DbOrTx } = {},
): Promise<{ key: string; label: Translated }[]> {
  const { db = getDb() } = options;
  return db
    .select({ key: stakeholderCategories.key, label: stakeholderCategories.label })
    .from(stakeholderCategories)
    .orderBy(stakeholderCategories.position);
}
