import { eq, sql } from 'drizzle-orm';
import {
  conceptNoteEntityType,
  conceptNotes,
  conceptNoteTransitions,
  programmeEntityType,
  programmes,
  steeringDecisions,
} from '#db/schema/funding';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { syncContent } from '~/modules/content/sync-content.server';
import { getTags } from '~/modules/tagging/get-tags.server';
import { setTags } from '~/modules/tagging/set-tags.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, staleVersion } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { conceptNoteContent } from './concept-note-content.server';
import { checkPipelineMove, type PipelineAction } from './funding-policy';
import { type ConceptNoteRow, lockConceptNote, type ProgrammeRow } from './funding-records.server';
import { parsePipelineMove } from './funding-schema';
import { programmeContent } from './programme-content.server';

const addMonths = (isoDay: string, months: number) => {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

/**
 * Moves a concept note along the pipeline (the fund's secretariat): screen, admit to the pipeline,
 * select (naming the steering committee decision), not select (with the reason), fund, close. Funding
 * creates the joint programme from the note — its budget the amount requested, its period the note's
 * duration from the day it is funded, its objectives the note's. Refusals: see checkPipelineMove.
 */
export async function moveConceptNote(options: {
  db?: DbOrTx;
  subject: Subject;
  conceptNoteId: string;
  action: PipelineAction;
  input?: unknown;
  now?: Date;
  requestId?: string;
}): Promise<{ note: ConceptNoteRow; programme: ProgrammeRow | null }> {
  const { db = getDb(), subject, action, now = new Date() } = options;
  const move = parsePipelineMove(options.input ?? {});
  return db.transaction(async (tx) => {
    const before = await lockConceptNote(tx, options.conceptNoteId);
    const to = checkPipelineMove({
      subject,
      note: before,
      action,
      decisionId: move.decisionId,
      hasReason: Boolean(move.reason.ar || move.reason.en),
    });
    if (move.expectedVersion !== undefined && move.expectedVersion !== before.version) {
      throw staleVersion(before);
    }
    if (move.decisionId) {
      const [decision] = await tx
        .select({ id: steeringDecisions.id })
        .from(steeringDecisions)
        .where(eq(steeringDecisions.id, move.decisionId));
      if (!decision) throw new AppError('invalidChoice', 400, { field: 'decisionId' });
    }
    const [note] = await tx
      .update(conceptNotes)
      .set({
        status: to,
        ...(to === 'in_pipeline' ? { pipelineAt: now } : {}),
        ...(to === 'not_selected' ? { notSelectedReason: move.reason } : {}),
        version: sql`${conceptNotes.version} + 1`,
        updatedAt: now,
      })
      .where(eq(conceptNotes.id, before.id))
      .returning();
    await tx.insert(conceptNoteTransitions).values({
      conceptNoteId: before.id,
      fromStatus: before.status,
      toStatus: to,
      decisionId: move.decisionId,
      actorId: subject.userId,
      comment: move.comment,
      at: now,
    });
    let programme: ProgrammeRow | null = null;
    if (action === 'fund') programme = await createProgrammeFrom(tx, note!, subject, now, options.requestId);
    if (action === 'close') {
      const [closed] = await tx
        .update(programmes)
        .set({ status: 'closed', version: sql`${programmes.version} + 1`, updatedAt: now })
        .where(eq(programmes.conceptNoteId, before.id))
        .returning();
      if (closed) {
        programme = closed;
        await syncContent(tx, programmeContent, [closed.id]);
      }
    }
    await syncContent(tx, conceptNoteContent, [before.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: `concept_note.${action}`,
      entityType: conceptNoteEntityType,
      entityId: before.id,
      before: { status: before.status, version: before.version },
      after: { status: to, version: note!.version, decisionId: move.decisionId, reason: move.reason },
      requestId: options.requestId,
    });
    return { note: note!, programme };
  });
}

async function createProgrammeFrom(
  tx: DbOrTx,
  note: ConceptNoteRow,
  subject: Subject,
  now: Date,
  requestId?: string,
): Promise<ProgrammeRow> {
  const startDate = now.toISOString().slice(0, 10);
  const [programme] = await tx
    .insert(programmes)
    .values({
      conceptNoteId: note.id,
      title: note.title,
      summary: note.summary,
      originalLanguage: note.originalLanguage,
      countryIso3: note.countryIso3,
      regionId: note.regionId,
      thematicAreaId: note.thematicAreaId,
      budgetUsd: note.budgetRequestedUsd,
      startDate,
      endDate: addMonths(startDate, note.durationMonths),
      isSample: note.isSample,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  const tags = await getTags({ db: tx, entityType: conceptNoteEntityType, entityIds: [note.id] });
  await setTags({
    db: tx,
    entityType: programmeEntityType,
    entityId: programme!.id,
    tags: { objectives: tags.get(note.id)?.objectives ?? [] },
  });
  await syncContent(tx, programmeContent, [programme!.id]);
  await recordAudit(tx, {
    actorId: subject.userId,
    action: 'programme.create',
    entityType: programmeEntityType,
    entityId: programme!.id,
    after: programme,
    requestId,
  });
  return programme!;
}
