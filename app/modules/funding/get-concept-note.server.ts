import { asc, eq } from 'drizzle-orm';
import { conceptNoteEntityType, conceptNoteTransitions, programmes } from '#db/schema/funding';
import { getTags } from '~/modules/tagging/get-tags.server';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { allowedPipelineActions, canViewConceptNote } from './funding-policy';
import { findConceptNote } from './funding-records.server';

/** One concept note with its objectives, its moves, its programme and what the subject may do; 404 when they may not see it. */
export async function getConceptNote(options: { db?: DbOrTx; subject: Subject; id: string }) {
  const { db = getDb(), subject } = options;
  const note = await findConceptNote(db, options.id);
  if (!note || !canViewConceptNote(subject, note)) throw notFound();
  const [tags, transitions, [programme]] = await readTogether(db, [
    () => getTags({ db, entityType: conceptNoteEntityType, entityIds: [note.id] }),
    () =>
      db
        .select()
        .from(conceptNoteTransitions)
        .where(eq(conceptNoteTransitions.conceptNoteId, note.id))
        .orderBy(asc(conceptNoteTransitions.at), asc(conceptNoteTransitions.id)),
    () => db.select({ id: programmes.id }).from(programmes).where(eq(programmes.conceptNoteId, note.id)),
  ]);
  return {
    note,
    objectives: tags.get(note.id)?.objectives ?? [],
    transitions,
    programmeId: programme?.id ?? null,
    actions: allowedPipelineActions(subject, note),
  };
}
