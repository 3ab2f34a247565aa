import { and, eq, sql } from 'drizzle-orm';
import { reviewSynthesisReports } from '#db/schema/review-synthesis';
import { emptyNarrative } from '#db/schema/review-synthesis-types';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, forbidden, staleVersion } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { syncCycleContent } from '../cycle-content.server';
import { compileSynthesis } from './compile-synthesis';
import { loadSynthesisCycle, loadSynthesisInput } from './load-synthesis-input.server';
import { canEditSynthesis } from './synthesis-policy';
import { loadSynthesisDraft, synthesisEntityType } from './synthesis-records.server';

/**
 * Publishes the next version of a cycle's synthesis report: compiles the cycle's published reviews
 * now and freezes that with the draft narrative (as of `expectedVersion`, the draft version the
 * secretariat saw; 0 when nothing was written) into version 1, 2, …. The draft stays for the next
 * version, one version further on. Refused while no review of the cycle is published (nothing to
 * synthesise).
 */
export async function publishSynthesis(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  expectedVersion: number;
  requestId?: string;
  now?: Date;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  return db.transaction(async (tx) => {
    const cycle = await loadSynthesisCycle(tx, options.cycleId);
    if (!canEditSynthesis(subject, cycle)) throw forbidden();
    let draft = await loadSynthesisDraft(tx, cycle.id, { forUpdate: true });
    if ((draft?.version ?? 0) !== options.expectedVersion) throw staleVersion(draft);
    if (!draft) {
      // The draft row is what serialises publications of one cycle: create it (empty) first.
      [draft] = await tx
        .insert(reviewSynthesisReports)
        .values({
          cycleId: cycle.id,
          status: 'draft',
          narrative: emptyNarrative(),
          updatedBy: subject.userId,
        })
        .onConflictDoNothing()
        .returning();
      if (!draft) throw staleVersion(await loadSynthesisDraft(tx, cycle.id));
    }
    const input = await loadSynthesisInput(tx, cycle, now);
    if (!input.reviews.length) throw new AppError('synthesisNoPublishedReviews', 422);
    const compiled = compileSynthesis(input);
    const [{ next }] = (await tx
      .select({ next: sql<number>`coalesce(max(${reviewSynthesisReports.number}), 0)::int + 1` })
      .from(reviewSynthesisReports)
      .where(
        and(eq(reviewSynthesisReports.cycleId, cycle.id), eq(reviewSynthesisReports.status, 'published')),
      )) as [{ next: number }];
    const [published] = await tx
      .insert(reviewSynthesisReports)
      .values({
        cycleId: cycle.id,
        status: 'published',
        number: next,
        narrative: draft.narrative,
        compiled,
        publishedAt: now,
        publishedBy: subject.userId,
        updatedBy: subject.userId,
      })
      .returning();
    // A publication moves the draft on a version, so a second click (or a colleague's form opened
    // before it) cannot publish the same text again as another version.
    await tx
      .update(reviewSynthesisReports)
      .set({ version: sql`${reviewSynthesisReports.version} + 1`, updatedAt: now })
      .where(eq(reviewSynthesisReports.id, draft.id));
    await syncCycleContent(tx, cycle.id);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review_synthesis.publish',
      entityType: synthesisEntityType,
      entityId: published!.id,
      after: {
        cycleId: cycle.id,
        number: next,
        draftVersion: draft.version,
        reviews: compiled.sources.map((s) => s.reviewId),
      },
      requestId: options.requestId,
    });
    return published!;
  });
}
