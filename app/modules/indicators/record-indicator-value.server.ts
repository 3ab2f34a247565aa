import { and, eq } from 'drizzle-orm';
import { indicators, indicatorValueEntityType, indicatorValues } from '#db/schema/indicators';
import { countries } from '#db/schema/reference';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { syncContent } from '~/modules/content/sync-content.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { indicatorContent } from './indicator-content.server';
import { checkReportIndicatorValues } from './indicator-policy';
import type { IndicatorRow } from './indicator-records.server';
import { checkIndicatorValue, disaggregationKey } from './indicator-rules';
import { type IndicatorValueInput, parseIndicatorValue } from './indicator-schema';

/**
 * A state's focal point reports the value of an indicator for a year and breakdown, with its source.
 * There is one value per (state, indicator, year, breakdown): reporting the same cell again corrects
 * the value already there (versioned: a form that read an older version is refused as stale).
 */
export async function recordIndicatorValue(options: {
  db?: DbOrTx;
  subject: Subject;
  countryIso3: string;
  input: unknown;
  now?: Date;
  isSample?: boolean;
  requestId?: string;
}) {
  const { db = getDb(), subject, countryIso3 } = options;
  checkReportIndicatorValues(subject, countryIso3);
  const input = parseIndicatorValue(options.input);
  return db.transaction(async (tx) => {
    const [country] = await tx
      .select({ iso3: countries.iso3 })
      .from(countries)
      .where(eq(countries.iso3, countryIso3));
    if (!country) throw notFound();
    return writeIndicatorValue(tx, { ...options, input, reviewId: null });
  });
}

/**
 * The write both ways of reporting share, inside the caller's transaction once it checked who may
 * report: the indicator open for reporting, the value against its rules, then the cell inserted or
 * corrected, audited and re-indexed. A cell belongs to where it was first reported — separately or
 * in one review — and is corrected only there (`indicatorValueElsewhere`), so a review's draft never
 * takes over a public number and a separate report never edits a review's.
 */
export async function writeIndicatorValue(
  tx: DbOrTx,
  options: {
    subject: Subject;
    countryIso3: string;
    input: IndicatorValueInput;
    reviewId: string | null;
    /** The indicators a review may report (those of its objectives); any when absent. */
    allowed?: (indicator: IndicatorRow) => boolean;
    now?: Date;
    isSample?: boolean;
    requestId?: string;
  },
) {
  const { subject, countryIso3, input, reviewId } = options;
  const [indicator] = await tx.select().from(indicators).where(eq(indicators.id, input.indicatorId));
  if (!indicator || (options.allowed && !options.allowed(indicator))) {
    throw fieldRefusal('indicatorId', 'invalidChoice');
  }
  if (indicator.retiredAt) throw fieldRefusal('indicatorId', 'indicatorRetired', { status: 409 });
  const disaggregation = checkIndicatorValue(indicator, input, options.now ?? new Date());
  const key = disaggregationKey(disaggregation);
  const cell = and(
    eq(indicatorValues.indicatorId, indicator.id),
    eq(indicatorValues.countryIso3, countryIso3),
    eq(indicatorValues.year, input.year),
    eq(indicatorValues.disaggregationKey, key),
  )!;
  const [existing] = await tx.select().from(indicatorValues).where(cell);
  if (existing) {
    if (existing.reviewId !== reviewId) {
      throw fieldRefusal('year', existing.reviewId ? 'indicatorValueInReview' : 'indicatorValueReported', {
        status: 409,
      });
    }
    const { before, after } = await updateVersioned({
      db: tx,
      table: indicatorValues,
      where: eq(indicatorValues.id, existing.id),
      expectedVersion: input.version ?? existing.version,
      set: { value: input.value, sourceNote: input.sourceNote, updatedBy: subject.userId },
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'indicator_value.update',
      entityType: indicatorValueEntityType,
      entityId: after.id,
      before,
      after,
      requestId: options.requestId,
    });
    return { value: after, created: false };
  }
  const [row] = await tx
    .insert(indicatorValues)
    .values({
      indicatorId: indicator.id,
      countryIso3,
      year: input.year,
      disaggregation,
      disaggregationKey: key,
      value: input.value,
      sourceNote: input.sourceNote,
      reviewId,
      createdBy: subject.userId,
      updatedBy: subject.userId,
      isSample: options.isSample ?? false,
    })
    .returning();
  await recordAudit(tx, {
    actorId: subject.userId,
    action: 'indicator_value.create',
    entityType: indicatorValueEntityType,
    entityId: row!.id,
    after: row,
    requestId: options.requestId,
  });
  // The indicator's index row lists the states that reported it (publicly: a review's value waits).
  await syncContent(tx, indicatorContent, [indicator.id]);
  return { value: row!, created: true };
}

/** Re-indexes the indicators a review reported, when its publication changes who may read them. */
export async function syncReviewIndicators(tx: DbOrTx, reviewId: string): Promise<void> {
  const rows = await tx
    .selectDistinct({ id: indicatorValues.indicatorId })
    .from(indicatorValues)
    .where(eq(indicatorValues.reviewId, reviewId));
  if (rows.length) {
    await syncContent(
      tx,
      indicatorContent,
      rows.map((r) => r.id),
    );
  }
}
