import { and, eq } from 'drizzle-orm';
import { indicatorValueEntityType, indicatorValues } from '#db/schema/indicators';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { syncContent } from '~/modules/content/sync-content.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { indicatorContent } from './indicator-content.server';
import { checkReportIndicatorValues } from './indicator-policy';
import { parseIndicatorValueRef } from './indicator-schema';

/**
 * A state's focal point deletes a value reported on the state's own page (who may: as for reporting
 * it). A value reported in a national review is deleted in the review (`indicatorValueInReview`).
 */
export async function deleteIndicatorValue(options: {
  db?: DbOrTx;
  subject: Subject;
  countryIso3: string;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject, countryIso3 } = options;
  checkReportIndicatorValues(subject, countryIso3);
  const input = parseIndicatorValueRef(options.input);
  return db.transaction((tx) =>
    removeIndicatorValue(tx, { ...options, ...input, countryIso3, reviewId: null }),
  );
}

/**
 * The delete both ways of reporting share, inside the caller's transaction once it checked who may:
 * the value of this state reported here (separately, or in this review), at the version the page
 * showed — a value corrected meanwhile is kept (`indicatorValueChanged`) — deleted, audited with the
 * row as it was, and the indicator re-indexed (the states that reported it). Pages, the CSV, the API,
 * counts, search and the bundle read the table, so the value leaves them all at once.
 */
export async function removeIndicatorValue(
  tx: DbOrTx,
  options: {
    subject: Subject;
    countryIso3: string;
    reviewId: string | null;
    valueId: string;
    version: number;
    requestId?: string;
  },
) {
  const [existing] = await tx
    .select()
    .from(indicatorValues)
    .where(and(eq(indicatorValues.id, options.valueId), eq(indicatorValues.countryIso3, options.countryIso3)))
    .for('update');
  if (!existing) throw notFound();
  if (existing.reviewId !== options.reviewId) {
    // The separate page names a review's value: say where it lives. A review never names another's.
    if (options.reviewId) throw notFound();
    throw new AppError('indicatorValueInReview', 409);
  }
  if (existing.version !== options.version) throw new AppError('indicatorValueChanged', 409);
  await tx.delete(indicatorValues).where(eq(indicatorValues.id, existing.id));
  await recordAudit(tx, {
    actorId: options.subject.userId,
    action: 'indicator_value.delete',
    entityType: indicatorValueEntityType,
    entityId: existing.id,
    before: existing,
    requestId: options.requestId,
  });
  await syncContent(tx, indicatorContent, [existing.indicatorId]);
  return { value: existing };
}
