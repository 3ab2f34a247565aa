import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './db.server';
import { notFound, staleVersion } from './errors';

/**
 * Updates one row only if it still has the version the user read; otherwise throws staleVersion
 * with the current row so the form can show both texts. Returns the row before and after.
 */
export async function updateVersioned<T extends PgTable & { version: PgColumn }>(options: {
  db: DbOrTx;
  table: T;
  where: SQL;
  expectedVersion: number;
  set: Partial<T['$inferInsert']>;
}): Promise<{ before: T['$inferSelect']; after: T['$inferSelect'] }> {
  const { db, table, where, expectedVersion, set } = options;
  // biome-ignore lint/suspicious/noExplicitAny: drizzle's generic table typing cannot express this
  const t = table as any;
  const [before] = (await db.select().from(t).where(where).for('update').limit(1)) as T['$inferSelect'][];
  if (!before) throw notFound();
  if ((before as { version: number }).version !== expectedVersion) throw staleVersion(before);
  const [after] = (await db
    .update(t)
    .set({ ...set, version: sql`${t.version} + 1`, ...('updatedAt' in t ? { updatedAt: new Date() } : {}) })
    .where(and(where, eq(t.version, expectedVersion)))
    .returning()) as T['$inferSelect'][];
  if (!after) throw staleVersion(before);
  return { before, after };
}
