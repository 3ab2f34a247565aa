import { and, eq, ne } from 'drizzle-orm';
import {
  indicatorEntityType,
  indicatorPeriods,
  periodEntityType,
  programmeResults,
  resultEntityType,
  resultIndicators,
} from '#db/schema/funding-results';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound, staleVersion } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { updateVersioned } from '~/platform/versioning.server';
import { checkPeriod } from './period-rules';
import { checkEditProgrammeResults } from './results-policy';
import { findProgrammeForResults } from './results-records.server';
import { parseIndicatorInput, parsePeriodInput, parseResultInput } from './results-schema';

/**
 * Saving a programme's results framework: a result, an indicator, a period. Without an id each
 * creates; with one it updates the row if it still has the version the user read (staleVersion 409
 * otherwise). Every save checks the programme's people (results-policy.ts), that the row belongs to
 * the programme named in the address, and is audited with the row before and after.
 */
interface SaveOptions {
  db?: DbOrTx;
  subject: Subject;
  programmeId: string;
  input: unknown;
  requestId?: string;
  /** Today (ISO day) for the period rules; the clock by default. */
  today?: string;
}

async function openProgramme(tx: DbOrTx, options: SaveOptions) {
  const programme = await findProgrammeForResults(tx, options.programmeId, { lock: true });
  checkEditProgrammeResults(options.subject, programme);
  return programme;
}

const needVersion = (v: number | undefined): number => {
  if (v === undefined) throw staleVersion();
  return v;
};

async function resultOf(tx: DbOrTx, programmeId: string, resultId: string) {
  if (!isUuid(resultId)) throw notFound();
  const [row] = await tx
    .select()
    .from(programmeResults)
    .where(and(eq(programmeResults.id, resultId), eq(programmeResults.programmeId, programmeId)));
  if (!row) throw notFound();
  return row;
}

async function indicatorOf(tx: DbOrTx, programmeId: string, indicatorId: string) {
  if (!isUuid(indicatorId)) throw notFound();
  const [row] = await tx
    .select({ indicator: resultIndicators })
    .from(resultIndicators)
    .innerJoin(programmeResults, eq(programmeResults.id, resultIndicators.resultId))
    .where(and(eq(resultIndicators.id, indicatorId), eq(programmeResults.programmeId, programmeId)));
  if (!row) throw notFound();
  return row.indicator;
}

export async function saveResult(options: SaveOptions & { resultId?: string }) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const programme = await openProgramme(tx, options);
    const { fields, expectedVersion } = parseResultInput(options.input);
    let before: unknown = null;
    let after: typeof programmeResults.$inferSelect;
    if (options.resultId) {
      const current = await resultOf(tx, programme.id, options.resultId);
      ({ before, after } = await updateVersioned({
        db: tx,
        table: programmeResults,
        where: eq(programmeResults.id, current.id),
        expectedVersion: needVersion(expectedVersion),
        set: fields,
      }));
    } else {
      [after] = (await tx
        .insert(programmeResults)
        .values({ ...fields, programmeId: programme.id, createdBy: subject.userId })
        .returning()) as [typeof programmeResults.$inferSelect];
    }
    await recordAudit(tx, {
      actorId: subject.userId,
      action: before ? 'programme_result.update' : 'programme_result.create',
      entityType: resultEntityType,
      entityId: after.id,
      before,
      after,
      requestId: options.requestId,
    });
    return after;
  });
}

export async function saveIndicator(options: SaveOptions & { resultId: string; indicatorId?: string }) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const programme = await openProgramme(tx, options);
    const result = await resultOf(tx, programme.id, options.resultId);
    const { fields, expectedVersion } = parseIndicatorInput(options.input);
    let before: typeof resultIndicators.$inferSelect | null = null;
    let after: typeof resultIndicators.$inferSelect;
    if (options.indicatorId) {
      const current = await indicatorOf(tx, programme.id, options.indicatorId);
      if (current.resultId !== result.id) throw notFound();
      ({ before, after } = await updateVersioned({
        db: tx,
        table: resultIndicators,
        where: eq(resultIndicators.id, current.id),
        expectedVersion: needVersion(expectedVersion),
        set: fields,
      }));
    } else {
      [after] = (await tx
        .insert(resultIndicators)
        .values({ ...fields, resultId: result.id, createdBy: subject.userId })
        .returning()) as [typeof resultIndicators.$inferSelect];
    }
    // A new baseline date or measure must still hold the periods already written.
    if (before) {
      const periods = await tx
        .select()
        .from(indicatorPeriods)
        .where(eq(indicatorPeriods.indicatorId, after.id));
      for (const period of periods)
        checkPeriod({
          period,
          indicator: after,
          programme,
          others: [],
          today: '9999-12-31',
        });
    }
    await recordAudit(tx, {
      actorId: subject.userId,
      action: before ? 'result_indicator.update' : 'result_indicator.create',
      entityType: indicatorEntityType,
      entityId: after.id,
      before,
      after,
      requestId: options.requestId,
    });
    return after;
  });
}

export async function savePeriod(options: SaveOptions & { indicatorId: string; periodId?: string }) {
  const { db = getDb(), subject } = options;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  return db.transaction(async (tx) => {
    const programme = await openProgramme(tx, options);
    const indicator = await indicatorOf(tx, programme.id, options.indicatorId);
    const { fields, expectedVersion } = parsePeriodInput(options.input);
    const others = await tx
      .select({ periodStart: indicatorPeriods.periodStart, periodEnd: indicatorPeriods.periodEnd })
      .from(indicatorPeriods)
      .where(
        and(
          eq(indicatorPeriods.indicatorId, indicator.id),
          options.periodId && isUuid(options.periodId)
            ? ne(indicatorPeriods.id, options.periodId)
            : undefined,
        ),
      );
    checkPeriod({ period: fields, indicator, programme, others, today });
    let before: typeof indicatorPeriods.$inferSelect | null = null;
    let after: typeof indicatorPeriods.$inferSelect;
    if (options.periodId) {
      if (!isUuid(options.periodId)) throw notFound();
      ({ before, after } = await updateVersioned({
        db: tx,
        table: indicatorPeriods,
        where: and(
          eq(indicatorPeriods.id, options.periodId),
          eq(indicatorPeriods.indicatorId, indicator.id),
        )!,
        expectedVersion: needVersion(expectedVersion),
        set: fields,
      }));
    } else {
      [after] = (await tx
        .insert(indicatorPeriods)
        .values({ ...fields, indicatorId: indicator.id, createdBy: subject.userId })
        .returning()) as [typeof indicatorPeriods.$inferSelect];
    }
    await recordAudit(tx, {
      actorId: subject.userId,
      action: before ? 'indicator_period.update' : 'indicator_period.create',
      entityType: periodEntityType,
      entityId: after.id,
      before,
      after,
      requestId: options.requestId,
    });
    return after;
  });
}
