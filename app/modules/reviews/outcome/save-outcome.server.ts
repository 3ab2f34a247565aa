import { eq } from 'drizzle-orm';
import { reviewOutcomes, reviewOutcomeVersions } from '#db/schema/review-outcomes';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { nextParagraphIds, type VersionStore } from '~/modules/documents/document-versions.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { staleVersion } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { syncCycleContent } from '../cycle-content.server';
import { canDraftOutcome } from '../cycles/cycle-policy';
import { loadCycleOutcome, outcomeEntityType } from './outcome-records.server';
import { parseOutcomeInput } from './outcome-schema';

const versionStore: VersionStore = {
  table: reviewOutcomeVersions,
  parent: reviewOutcomeVersions.outcomeId,
  number: reviewOutcomeVersions.number,
  body: reviewOutcomeVersions.body,
  ids: reviewOutcomeVersions.paragraphIds,
};

/**
 * Saves the outcome document of a cycle (its secretariat only) and keeps the saved text as the
 * next numbered version. `expectedVersion` is the row version the form was opened on (0 before the
 * first save); a stale save is refused (staleVersion 409) with the current text, nothing lost.
 * A published version stays public until another is published.
 */
export async function saveOutcome(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  expectedVersion: number;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  const input = parseOutcomeInput(options.input);
  return db.transaction(async (tx) => {
    const { cycle, outcome } = await loadCycleOutcome(tx, {
      subject,
      cycleId: options.cycleId,
      allowed: canDraftOutcome,
      forUpdate: true,
    });
    let after: typeof reviewOutcomes.$inferSelect;
    if (!outcome) {
      if (options.expectedVersion !== 0) throw staleVersion();
      [after] = (await tx
        .insert(reviewOutcomes)
        .values({ cycleId: cycle.id, ...input, latestVersion: 1, createdBy: subject.userId })
        .returning()) as [typeof after];
    } else {
      ({ after } = await updateVersioned({
        db: tx,
        table: reviewOutcomes,
        where: eq(reviewOutcomes.id, outcome.id),
        expectedVersion: options.expectedVersion,
        set: { ...input, latestVersion: outcome.latestVersion + 1 },
      }));
    }
    await tx.insert(reviewOutcomeVersions).values({
      outcomeId: after.id,
      number: after.latestVersion,
      title: input.title,
      body: input.body,
      paragraphIds: await nextParagraphIds(tx, versionStore, after.id, input.body),
      savedBy: subject.userId,
    });
    await syncCycleContent(tx, after.cycleId);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review_outcome.save',
      entityType: outcomeEntityType,
      entityId: after.id,
      before: outcome ? { title: outcome.title, body: outcome.body, version: outcome.latestVersion } : null,
      after: { title: after.title, body: after.body, version: after.latestVersion },
      requestId: options.requestId,
    });
    return after;
  });
}
