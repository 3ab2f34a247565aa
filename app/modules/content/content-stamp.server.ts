import { sql } from 'drizzle-orm';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

/**
 * When public data last changed: a counter and a time, bumped at the commit of every transaction
 * that writes the content index or the reference data (a deferred trigger, custom migration
 * `content_index_stamp`). One row, so reading it costs one primary-key lookup and no content rows;
 * ETags, feed `updated` stamps and bulk-file versions derive from it.
 */
export interface ContentStamp {
  version: string;
  changedAt: Date;
}

export async function readContentStamp(db: DbOrTx = getDb()): Promise<ContentStamp> {
  const result = await db.execute<{ version: string | number; changed_at: string | Date }>(
    sql`select version, changed_at from content_index_stamp where id = 1`,
  );
  const row = result.rows[0];
  if (!row) return { version: '0', changedAt: new Date(0) };
  return { version: String(row.version), changedAt: new Date(row.changed_at) };
}
