import { and, eq } from 'drizzle-orm';
import { reviewSynthesisFigures } from '#db/schema/review-synthesis-figures';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { fieldRefusal, forbidden, staleVersion } from '~/platform/errors';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { loadSynthesisCycle } from '../load-synthesis-input.server';
import { canEditSynthesis } from '../synthesis-policy';
import {
  loadCycleStates,
  loadTrendFigure,
  type TrendFigureRow,
  trendFigureEntityType,
} from './trend-records.server';
import { type TrendFigureInput, trendFigureSchema } from './trend-schema';

interface FigureOptions {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  requestId?: string;
}

/** The stored columns of a parsed figure. */
export const figureValues = (input: TrendFigureInput) => ({
  countryIso3: input.country,
  indicator: input.indicator,
  year: input.year,
  value: input.value,
  source: input.source,
  sourceUrl: input.sourceUrl ?? null,
  note: input.note ?? null,
});

/** The cycle, if the subject may edit its synthesis, and the ISO3 codes of its states. */
async function editableCycle(tx: DbOrTx, subject: Subject, cycleId: string) {
  const cycle = await loadSynthesisCycle(tx, cycleId);
  if (!canEditSynthesis(subject, cycle)) throw forbidden();
  const states = new Set((await loadCycleStates(tx, cycle.id)).map((s) => s.iso3));
  return { cycle, states };
}

const stateNotInCycle = () => fieldRefusal('country', 'trendStateNotInCycle');
const figureExists = () => fieldRefusal('year', 'trendFigureExists', { status: 409 });

/**
 * Whoever writes the cycle's synthesis records a figure of one of its states (state, indicator,
 * year, value, source). A second figure for the same state, indicator and year is refused beside
 * the year: the existing one is corrected instead. Audited.
 */
export async function recordTrendFigure(
  options: FigureOptions & { input: unknown },
): Promise<TrendFigureRow> {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const { cycle, states } = await editableCycle(tx, subject, options.cycleId);
    const input = parseInput(trendFigureSchema, options.input);
    if (!states.has(input.country)) throw stateNotInCycle();
    const [row] = await tx
      .insert(reviewSynthesisFigures)
      .values({
        cycleId: cycle.id,
        ...figureValues(input),
        createdBy: subject.userId,
        updatedBy: subject.userId,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw figureExists();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review_synthesis_figure.create',
      entityType: trendFigureEntityType,
      entityId: row.id,
      after: row,
      requestId: options.requestId,
    });
    return row;
  });
}

/** Corrects a figure as it was read (`expectedVersion`; a stale save throws staleVersion with the current figure). Audited. */
export async function correctTrendFigure(
  options: FigureOptions & { figureId: string; expectedVersion: number; input: unknown },
): Promise<TrendFigureRow> {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const { cycle, states } = await editableCycle(tx, subject, options.cycleId);
    const input = parseInput(trendFigureSchema, options.input);
    if (!states.has(input.country)) throw stateNotInCycle();
    const [current, clash] = await readTogether(tx, [
      () => loadTrendFigure(tx, cycle.id, options.figureId),
      () =>
        tx
          .select({ id: reviewSynthesisFigures.id })
          .from(reviewSynthesisFigures)
          .where(
            and(
              eq(reviewSynthesisFigures.cycleId, cycle.id),
              eq(reviewSynthesisFigures.countryIso3, input.country),
              eq(reviewSynthesisFigures.indicator, input.indicator),
              eq(reviewSynthesisFigures.year, input.year),
            ),
          ),
    ]);
    if (current.version !== options.expectedVersion) throw staleVersion(current);
    if (clash.some((c) => c.id !== current.id)) throw figureExists();
    const { before, after } = await updateFigure(tx, current.id, options.expectedVersion, {
      ...figureValues(input),
      updatedBy: subject.userId,
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review_synthesis_figure.update',
      entityType: trendFigureEntityType,
      entityId: current.id,
      before,
      after,
      requestId: options.requestId,
    });
    return after;
  });
}

/** Updates a figure if it still has the version read. */
export function updateFigure(
  tx: DbOrTx,
  id: string,
  expectedVersion: number,
  set: Partial<typeof reviewSynthesisFigures.$inferInsert>,
) {
  return updateVersioned({
    db: tx,
    table: reviewSynthesisFigures,
    where: eq(reviewSynthesisFigures.id, id),
    expectedVersion,
    set,
  });
}

/** Removes a figure as it was read (`expectedVersion`). Published syntheses keep it. Audited. */
export async function removeTrendFigure(
  options: FigureOptions & { figureId: string; expectedVersion: number },
): Promise<void> {
  const { db = getDb(), subject } = options;
  await db.transaction(async (tx) => {
    const cycle = await loadSynthesisCycle(tx, options.cycleId);
    if (!canEditSynthesis(subject, cycle)) throw forbidden();
    const row = await loadTrendFigure(tx, cycle.id, options.figureId, { forUpdate: true });
    if (row.version !== options.expectedVersion) throw staleVersion(row);
    await tx.delete(reviewSynthesisFigures).where(eq(reviewSynthesisFigures.id, row.id));
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review_synthesis_figure.delete',
      entityType: trendFigureEntityType,
      entityId: row.id,
      before: row,
      requestId: options.requestId,
    });
  });
}
