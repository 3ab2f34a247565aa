import { eq } from 'drizzle-orm';
import { reviewOutcomes } from '#db/schema/review-outcomes';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { syncCycleContent } from '../cycle-content.server';
import { canDraftOutcome } from '../cycles/cycle-policy';
import { loadCycleOutcome, outcomeEntityType } from './outcome-records.server';

/**
 * Publishes the latest saved version of the outcome document (the one the secretariat was looking
 * at: staleVersion 409 if it changed since). The public page shows that version from then on.
 */
export async function publishOutcome(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  expectedVersion: number;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const { outcome } = await loadCycleOutcome(tx, {
      subject,
      cycleId: options.cycleId,
      allowed: canDraftOutcome,
      forUpdate: true,
    });
    if (!outcome || outcome.latestVersion === 0) throw new AppError('outcomeNothingToPublish', 409);
    if (outcome.publishedVersion === outcome.latestVersion) {
      throw new AppError('outcomeAlreadyPublished', 409, { version: outcome.latestVersion });
    }
    const { after } = await updateVersioned({
      db: tx,
      table: reviewOutcomes,
      where: eq(reviewOutcomes.id, outcome.id),
      expectedVersion: options.expectedVersion,
      set: { publishedVersion: outcome.latestVersion, publishedAt: options.now ?? new Date() },
    });
    await syncCycleContent(tx, after.cycleId);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review_outcome.publish',
      entityType: outcomeEntityType,
      entityId: outcome.id,
      before: { publishedVersion: outcome.publishedVersion },
      after: { publishedVersion: after.publishedVersion },
      requestId: options.requestId,
    });
    return after;
  });
}
