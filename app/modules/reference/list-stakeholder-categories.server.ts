import type { Translated } from '#db/schema/columns';
import { stakeholderCategories } from '#db/schema/reference';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { cachedReference } from './reference-cache.server';

/**
 * The stakeholder categories of A/RES/73/195 para 44, in the Compact's order: through the short
 * reference cache, unless a `db` (a transaction) is given; each caller gets its own copy.
 */
export async function listStakeholderCategories(
  options: { db?: DbOrTx } = {},
): Promise<{ key: string; label: Translated }[]> {
  if (options.db) return readCategories(options.db);
  return structuredClone(await cachedReference('stakeholder-categories', () => readCategories(getDb())));
}

// Async: a drizzle query is a lazy thenable that would run again at every await of the cached value.
async function readCategories(db: DbOrTx): Promise<{ key: string; label: Translated }[]> {
  return db
    .select({ key: stakeholderCategories.key, label: stakeholderCategories.label })
    .from(stakeholderCategories)
    .orderBy(stakeholderCategories.position);
}
