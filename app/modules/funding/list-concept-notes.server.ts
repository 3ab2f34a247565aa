import { and, desc, eq, sql } from 'drizzle-orm';
import { contentItems } from '#db/schema/content';
import { conceptNoteEntityType, conceptNotes } from '#db/schema/funding';
import { publicContent, readableContent } from '~/modules/content/readable-content.server';
import { getTags } from '~/modules/tagging/get-tags.server';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

/**
 * Concept notes the subject may open (the content index's read rule), newest first: the published
 * pipeline for everyone, the whole pipeline for the fund's secretariat and the steering committee,
 * a state's own notes for its focal points. `publicOnly` gives the published pipeline whoever asks (the API).
 */
export async function listConceptNotes(options: {
  db?: DbOrTx;
  subject: Subject;
  publicOnly?: boolean;
  limit: number;
  offset: number;
}) {
  const { db = getDb(), subject } = options;
  const where = and(
    eq(contentItems.type, 'concept_note'),
    sql`${contentItems.id} = ${conceptNotes.id}::text`,
    options.publicOnly ? publicContent : readableContent(subject),
  );
  const [rows, [count]] = await readTogether(db, [
    () =>
      db
        .select({ note: conceptNotes })
        .from(conceptNotes)
        .innerJoin(contentItems, where)
        .orderBy(desc(conceptNotes.submittedAt), conceptNotes.id)
        .limit(options.limit)
        .offset(options.offset),
    () => db.select({ n: sql<number>`count(*)::int` }).from(conceptNotes).innerJoin(contentItems, where),
  ]);
  const notes = rows.map((r) => r.note);
  const tags = await getTags({ db, entityType: conceptNoteEntityType, entityIds: notes.map((n) => n.id) });
  return {
    items: notes.map((n) => ({ ...n, objectives: tags.get(n.id)?.objectives ?? [] })),
    total: Number(count?.n ?? 0),
  };
}
export type ListedConceptNote = Awaited<ReturnType<typeof listConceptNotes>>['items'][number];
