import { eq } from 'drizzle-orm';
import { supportRequests } from '#db/schema/pledge-support';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { isUuid } from '~/platform/uuid';

export type SupportRequestRow = typeof supportRequests.$inferSelect;

/** The request, locked for the rest of the transaction; notFound for an unknown or malformed id. */
export async function lockSupportRequest(tx: DbOrTx, id: string): Promise<SupportRequestRow> {
  if (!isUuid(id)) throw notFound();
  const [row] = await tx
    .select()
    .from(supportRequests)
    .where(eq(supportRequests.id, id))
    .for('update')
    .limit(1);
  if (!row) throw notFound();
  return row;
}
