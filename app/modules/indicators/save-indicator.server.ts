import { and, eq, max, sql } from 'drizzle-orm';
import { gcmIndicatorEntityType, indicators, indicatorValues } from '#db/schema/indicators';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { syncContent } from '~/modules/content/sync-content.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, fieldRefusal, notFound, staleVersion } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { indicatorContent } from './indicator-content.server';
import { checkManageIndicators } from './indicator-policy';
import type { IndicatorRow } from './indicator-records.server';
import { checkCatalogueEdit } from './indicator-rules';
import { parseIndicator } from './indicator-schema';

/**
 * The Network secretariat keeps the catalogue: adds an indicator (its code unique, never reused),
 * edits one (versioned; the code stays), and removes one — deleted when no state reported a value
 * for it, else retired (kept with its values, out of the reporting forms) and reinstated at will.
 * Each write audited and re-indexed.
 */
interface Common {
  db?: DbOrTx;
  subject: Subject;
  requestId?: string;
}

export async function createIndicator(options: Common & { input: unknown }) {
  const { db = getDb(), subject } = options;
  checkManageIndicators(subject);
  const { version: _version, ...input } = parseIndicator(options.input);
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: indicators.id })
      .from(indicators)
      .where(eq(indicators.code, input.code));
    if (taken) throw fieldRefusal('code', 'indicatorCodeTaken', { status: 409 });
    const [last] = await tx.select({ position: max(indicators.position) }).from(indicators);
    const [row] = await tx
      .insert(indicators)
      .values({ ...input, position: (last?.position ?? 0) + 1 })
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'gcm_indicator.create',
      entityType: gcmIndicatorEntityType,
      entityId: row!.id,
      after: row,
      requestId: options.requestId,
    });
    await syncContent(tx, indicatorContent, [row!.id]);
    return row!;
  });
}

/** The indicator's values' uses, for the rules a change must keep (indicator-rules.ts). */
async function usesOf(tx: DbOrTx, indicatorId: string) {
  const rows = await tx
    .selectDistinct({ disaggregation: indicatorValues.disaggregation })
    .from(indicatorValues)
    .where(eq(indicatorValues.indicatorId, indicatorId));
  return { count: rows.length, breakdowns: rows.map((r) => r.disaggregation) };
}

export async function updateIndicator(options: Common & { indicatorId: string; input: unknown }) {
  const { db = getDb(), subject } = options;
  checkManageIndicators(subject);
  const { version, code: _code, ...input } = parseIndicator(options.input);
  if (version === undefined) throw fieldRefusal('version', 'invalidFormat');
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(indicators).where(eq(indicators.id, options.indicatorId));
    if (!current) throw notFound();
    if (current.version !== version) throw staleVersion(current);
    checkCatalogueEdit(current, input, await usesOf(tx, current.id));
    const { before, after } = await updateVersioned({
      db: tx,
      table: indicators,
      where: eq(indicators.id, current.id),
      expectedVersion: version,
      set: input,
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'gcm_indicator.update',
      entityType: gcmIndicatorEntityType,
      entityId: after.id,
      before,
      after,
      requestId: options.requestId,
    });
    await syncContent(tx, indicatorContent, [after.id]);
    return after;
  });
}

/**
 * Removes an indicator from the catalogue: deleted when it has no value, retired otherwise (a state's
 * reported numbers are never deleted with it). Returns what was done.
 */
export async function removeIndicator(
  options: Common & { indicatorId: string; expectedVersion: number; now?: Date },
): Promise<{ outcome: 'deleted' | 'retired'; indicator: IndicatorRow }> {
  const { db = getDb(), subject } = options;
  checkManageIndicators(subject);
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(indicators)
      .where(eq(indicators.id, options.indicatorId))
      .for('update');
    if (!current) throw notFound();
    if (current.version !== options.expectedVersion) throw staleVersion(current);
    if (current.retiredAt) throw new AppError('indicatorRetired', 409);
    const [used] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(indicatorValues)
      .where(eq(indicatorValues.indicatorId, current.id));
    if (!used?.n) {
      await tx
        .delete(indicators)
        .where(and(eq(indicators.id, current.id), eq(indicators.version, current.version)));
      await recordAudit(tx, {
        actorId: subject.userId,
        action: 'gcm_indicator.delete',
        entityType: gcmIndicatorEntityType,
        entityId: current.id,
        before: current,
        requestId: options.requestId,
      });
      await syncContent(tx, indicatorContent, [current.id]);
      return { outcome: 'deleted', indicator: current };
    }
    const { before, after } = await updateVersioned({
      db: tx,
      table: indicators,
      where: eq(indicators.id, current.id),
      expectedVersion: current.version,
      set: { retiredAt: options.now ?? new Date() },
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'gcm_indicator.retire',
      entityType: gcmIndicatorEntityType,
      entityId: after.id,
      before,
      after,
      requestId: options.requestId,
    });
    await syncContent(tx, indicatorContent, [after.id]);
    return { outcome: 'retired', indicator: after };
  });
}

/** Puts a retired indicator back in the catalogue. */
export async function reinstateIndicator(options: Common & { indicatorId: string; expectedVersion: number }) {
  const { db = getDb(), subject } = options;
  checkManageIndicators(subject);
  return db.transaction(async (tx) => {
    const { before, after } = await updateVersioned({
      db: tx,
      table: indicators,
      where: eq(indicators.id, options.indicatorId),
      expectedVersion: options.expectedVersion,
      set: { retiredAt: null },
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'gcm_indicator.reinstate',
      entityType: gcmIndicatorEntityType,
      entityId: after.id,
      before,
      after,
      requestId: options.requestId,
    });
    await syncContent(tx, indicatorContent, [after.id]);
    return after;
  });
}
