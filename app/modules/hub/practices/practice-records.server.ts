import { eq } from 'drizzle-orm';
import { hubPracticeCalls, hubPractices } from '#db/schema/hub-practices';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { isUuid } from '~/platform/uuid';

export type PracticeRow = typeof hubPractices.$inferSelect;
export type PracticeCallRow = typeof hubPracticeCalls.$inferSelect;

/** The practice, locked for update when asked (404 for a malformed or unknown id). */
export async function loadPractice(
  db: DbOrTx,
  id: string,
  options: { lock?: boolean } = {},
): Promise<PracticeRow> {
  if (!isUuid(id)) throw notFound();
  const query = db.select().from(hubPractices).where(eq(hubPractices.id, id)).limit(1);
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw notFound();
  return row;
}

/** The call, locked for update when asked (404 for a malformed or unknown id). */
export async function loadCall(
  db: DbOrTx,
  id: string,
  options: { lock?: boolean } = {},
): Promise<PracticeCallRow> {
  if (!isUuid(id)) throw notFound();
  const query = db.select().from(hubPracticeCalls).where(eq(hubPracticeCalls.id, id)).limit(1);
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw notFound();
  return row;
}

/** The fields of a practice that may leave the platform to anyone: everything but the contact person. */
export function withoutContact<T extends { contactName: string; contactEmail: string }>(row: T) {
  const { contactName: _n, contactEmail: _e, ...rest } = row;
  return rest;
}
