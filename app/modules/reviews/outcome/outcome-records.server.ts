import { and, eq } from 'drizzle-orm';
import { reviewOutcomes, reviewOutcomeVersions } from '#db/schema/review-outcomes';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { forbidden, notFound } from '~/platform/errors';
import { canSeeCycle } from '../cycles/cycle-policy';
import { loadCycle } from '../cycles/cycle-records.server';
import type { CycleRow } from '../review-records.server';

/** The content type key of outcome documents in the audit log. */
export const outcomeEntityType = 'review_outcome';

export type OutcomeRow = typeof reviewOutcomes.$inferSelect;

/**
 * The cycle (404 when the subject may not see it) and its outcome document (null before the first
 * save), after `allowed` approved the subject for this cycle (403 otherwise).
 */
export async function loadCycleOutcome(
  db: DbOrTx,
  options: {
    subject: Subject;
    cycleId: string;
    allowed: (subject: Subject, cycle: CycleRow) => boolean;
    forUpdate?: boolean;
  },
): Promise<{ cycle: CycleRow; outcome: OutcomeRow | null }> {
  const cycle = await loadCycle(db, options.cycleId);
  if (!canSeeCycle(options.subject, cycle)) throw notFound();
  if (!options.allowed(options.subject, cycle)) throw forbidden();
  const query = db.select().from(reviewOutcomes).where(eq(reviewOutcomes.cycleId, cycle.id));
  const [outcome] = options.forUpdate ? await query.for('update') : await query;
  return { cycle, outcome: outcome ?? null };
}

/** One saved version of an outcome document (notFound when there is no such version). */
export async function loadOutcomeVersion(db: DbOrTx, outcomeId: string, number: number) {
  const [version] = await db
    .select()
    .from(reviewOutcomeVersions)
    .where(and(eq(reviewOutcomeVersions.outcomeId, outcomeId), eq(reviewOutcomeVersions.number, number)));
  if (!version) throw notFound();
  return version;
}
