import { eq } from 'drizzle-orm';
import { conceptNotes, programmes } from '#db/schema/funding';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { isUuid } from '~/platform/uuid';

export type ConceptNoteRow = typeof conceptNotes.$inferSelect;
export type ProgrammeRow = typeof programmes.$inferSelect;

/** The note, locked for the rest of the transaction (two secretariat members moving it at once queue). */
export async function lockConceptNote(tx: DbOrTx, id: string): Promise<ConceptNoteRow> {
  if (!isUuid(id)) throw notFound();
  const [row] = await tx.select().from(conceptNotes).where(eq(conceptNotes.id, id)).for('update').limit(1);
  if (!row) throw notFound();
  return row;
}

export async function findConceptNote(db: DbOrTx, id: string): Promise<ConceptNoteRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(conceptNotes).where(eq(conceptNotes.id, id)).limit(1);
  return row ?? null;
}

export async function findProgramme(db: DbOrTx, id: string): Promise<ProgrammeRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(programmes).where(eq(programmes.id, id)).limit(1);
  return row ?? null;
}
