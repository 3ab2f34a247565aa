import { eq, inArray } from 'drizzle-orm';
import { hubExperts } from '#db/schema/hub-experts';
import { principles, regions } from '#db/schema/reference';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal, notFound } from '~/platform/errors';
import { isUuid } from '~/platform/uuid';

export type ExpertRow = typeof hubExperts.$inferSelect;

/** The profile, locked for the rest of the transaction; notFound for an unknown or malformed id. */
export async function lockExpert(tx: DbOrTx, id: string): Promise<ExpertRow> {
  if (!isUuid(id)) throw notFound();
  const [row] = await tx.select().from(hubExperts).where(eq(hubExperts.id, id)).for('update').limit(1);
  if (!row) throw notFound();
  return row;
}

export async function expertOfUser(db: DbOrTx, userId: string): Promise<ExpertRow | null> {
  const [row] = await db.select().from(hubExperts).where(eq(hubExperts.userId, userId)).limit(1);
  return row ?? null;
}

/** Refuses region ids and principle keys the reference lists do not hold, beside their field. */
export async function checkExpertReference(
  db: DbOrTx,
  input: { regions: readonly string[]; principles: readonly string[] },
) {
  if (input.regions.length) {
    const known = await db
      .select({ id: regions.id })
      .from(regions)
      .where(inArray(regions.id, [...input.regions]));
    if (known.length !== input.regions.length) throw fieldRefusal('regions', 'invalidChoice');
  }
  if (input.principles.length) {
    const known = await db
      .select({ key: principles.key })
      .from(principles)
      .where(inArray(principles.key, [...input.principles]));
    if (known.length !== input.principles.length) throw fieldRefusal('principles', 'invalidChoice');
  }
}
