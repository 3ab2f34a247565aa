import { eq } from 'drizzle-orm';
import { conceptNoteEntityType, conceptNotes } from '#db/schema/funding';
import { countries, regions, thematicAreas } from '#db/schema/reference';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { syncContent } from '~/modules/content/sync-content.server';
import { setTags } from '~/modules/tagging/set-tags.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { conceptNoteContent } from './concept-note-content.server';
import { checkSubmitConceptNote } from './funding-policy';
import { parseConceptNoteInput } from './funding-schema';

/**
 * A government (a focal point of the state, or the fund's secretariat on its behalf) submits a
 * concept note. It enters the pipeline as "submitted", seen only by the fund's secretariat, the
 * steering committee and the submitting government until the secretariat admits it to the pipeline.
 */
export async function submitConceptNote(options: {
  db?: DbOrTx;
  subject: Subject;
  input: unknown;
  isSample?: boolean;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  const input = parseConceptNoteInput(options.input);
  checkSubmitConceptNote(subject, input.countryIso3);
  return db.transaction(async (tx) => {
    const [area] = await tx
      .select({ id: thematicAreas.id })
      .from(thematicAreas)
      .where(eq(thematicAreas.id, input.thematicAreaId));
    if (!area) throw new AppError('invalidChoice', 400, { field: 'thematicAreaId' });
    if (input.countryIso3) {
      const [country] = await tx
        .select({ iso3: countries.iso3 })
        .from(countries)
        .where(eq(countries.iso3, input.countryIso3));
      if (!country) throw new AppError('invalidChoice', 400, { field: 'countryIso3' });
    }
    if (input.regionId) {
      const [region] = await tx
        .select({ id: regions.id })
        .from(regions)
        .where(eq(regions.id, input.regionId));
      if (!region) throw new AppError('invalidChoice', 400, { field: 'regionId' });
    }
    const { objectives, ...fields } = input;
    const [note] = await tx
      .insert(conceptNotes)
      .values({
        ...fields,
        status: 'submitted',
        submittedBy: subject.userId,
        submittedAt: now,
        isSample: options.isSample ?? false,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await setTags({ db: tx, entityType: conceptNoteEntityType, entityId: note!.id, tags: { objectives } });
    await syncContent(tx, conceptNoteContent, [note!.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'concept_note.submit',
      entityType: conceptNoteEntityType,
      entityId: note!.id,
      after: { ...note, objectives },
      requestId: options.requestId,
    });
    return note!;
  });
}
