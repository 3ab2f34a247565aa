import { eq } from 'drizzle-orm';
import { reviewSynthesisReports } from '#db/schema/review-synthesis';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { forbidden, staleVersion } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { syncCycleContent } from '../cycle-content.server';
import { loadSynthesisCycle } from './load-synthesis-input.server';
import { canEditSynthesis } from './synthesis-policy';
import { loadSynthesisDraft, synthesisEntityType } from './synthesis-records.server';
import { parseNarrative } from './synthesis-schema';

/**
 * Saves the secretariat's narrative of a cycle's synthesis (the draft) if nobody saved it since the
 * editor was opened: `expectedVersion` is the draft's version as read, 0 before the first save.
 * A stale save throws staleVersion (409) with the current draft, so the editor can show both texts.
 */
export async function saveSynthesisNarrative(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  expectedVersion: number;
  narrative: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const cycle = await loadSynthesisCycle(tx, options.cycleId);
    if (!canEditSynthesis(subject, cycle)) throw forbidden();
    const narrative = parseNarrative(options.narrative);
    const draft = await loadSynthesisDraft(tx, cycle.id, { forUpdate: true });
    if (!draft) {
      if (options.expectedVersion !== 0) throw staleVersion();
      const [created] = await tx
        .insert(reviewSynthesisReports)
        .values({ cycleId: cycle.id, status: 'draft', narrative, updatedBy: subject.userId })
        .onConflictDoNothing()
        .returning();
      // Someone else wrote the first draft meanwhile.
      if (!created) throw staleVersion(await loadSynthesisDraft(tx, cycle.id));
      await syncCycleContent(tx, cycle.id);
      await recordAudit(tx, {
        actorId: subject.userId,
        action: 'review_synthesis.save',
        entityType: synthesisEntityType,
        entityId: created.id,
        after: { cycleId: cycle.id, narrative },
        requestId: options.requestId,
      });
      return created;
    }
    const { before, after } = await updateVersioned({
      db: tx,
      table: reviewSynthesisReports,
      where: eq(reviewSynthesisReports.id, draft.id),
      expectedVersion: options.expectedVersion,
      set: { narrative, updatedBy: subject.userId },
    });
    await syncCycleContent(tx, cycle.id);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review_synthesis.save',
      entityType: synthesisEntityType,
      entityId: draft.id,
      before: { narrative: before.narrative },
      after: { narrative: after.narrative },
      requestId: options.requestId,
    });
    return after;
  });
}
