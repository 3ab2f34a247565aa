import { removeIndicatorValue } from '~/modules/indicators/delete-indicator-value.server';
import { listIndicators, listIndicatorValues } from '~/modules/indicators/indicator-records.server';
import { parseIndicatorValue, parseIndicatorValueRef } from '~/modules/indicators/indicator-schema';
import { writeIndicatorValue } from '~/modules/indicators/record-indicator-value.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { canEditReview } from '../review-policy';
import type { LoadedReview } from '../review-records.server';
import { loadForEditing, loadForEditors } from './review-guards.server';
import { sectionDefinitions } from './review-structure.server';

/**
 * GCM indicator values reported in a national review: its editors enter, for the indicators of the
 * review's objectives (the template's objective sections), values per year and breakdown — the same
 * indicator values as those reported separately, linked to the review, so they become public (pages,
 * CSV, API, counts, search, the bundle) only when the review is published. A parallel review
 * reports no state's values (notFound).
 */
async function reviewObjectiveNumbers(db: DbOrTx, loaded: LoadedReview): Promise<number[]> {
  const definitions = await sectionDefinitions(db, loaded.review, loaded.cycle);
  return [...new Set(definitions.flatMap((d) => (d.objective ? [d.objective] : [])))].sort((a, b) => a - b);
}

const nationalCountry = (loaded: LoadedReview): string => {
  if (loaded.review.kind !== 'national' || !loaded.review.countryIso3) throw notFound();
  return loaded.review.countryIso3;
};

/** The review's panel: the indicators it may report and the values it reported (published or not). */
export async function getReviewIndicators(options: { db?: DbOrTx; subject: Subject; reviewId: string }) {
  const { db = getDb(), subject } = options;
  const loaded = await loadForEditors(db, subject, options.reviewId);
  const countryIso3 = nationalCountry(loaded);
  const objectives = await reviewObjectiveNumbers(db, loaded);
  const catalogue = (await listIndicators({ db })).filter((i) =>
    i.objectives.some((o) => objectives.includes(o)),
  );
  const values = await listIndicatorValues({ db, reviewId: loaded.review.id });
  return {
    loaded,
    countryIso3,
    catalogue,
    values,
    canEdit: canEditReview(subject, loaded.ref, loaded.coEditorIds),
  };
}

/**
 * Reports (or corrects) a value in the review, for its editors while the review is theirs to edit;
 * checked before the form is read, so an outsider learns nothing from a refusal.
 */
export async function reportReviewIndicatorValue(options: {
  db?: DbOrTx;
  subject: Subject;
  reviewId: string;
  input: unknown;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  nationalCountry(await loadForEditing(db, subject, options.reviewId));
  const input = parseIndicatorValue(options.input);
  return db.transaction(async (tx) => {
    const loaded = await loadForEditing(tx, subject, options.reviewId, { forUpdate: true });
    const countryIso3 = nationalCountry(loaded);
    const objectives = await reviewObjectiveNumbers(tx, loaded);
    return writeIndicatorValue(tx, {
      subject,
      countryIso3,
      input,
      reviewId: loaded.review.id,
      allowed: (indicator) => indicator.objectives.some((o) => objectives.includes(o)),
      now: options.now,
      isSample: loaded.review.isSample,
      requestId: options.requestId,
    });
  });
}

/**
 * Deletes a value the review reported, for its editors while the review is theirs to edit (checked
 * before the form is read); a value of another review or of the state's own page is not found here.
 */
export async function deleteReviewIndicatorValue(options: {
  db?: DbOrTx;
  subject: Subject;
  reviewId: string;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  nationalCountry(await loadForEditing(db, subject, options.reviewId));
  const input = parseIndicatorValueRef(options.input);
  return db.transaction(async (tx) => {
    const loaded = await loadForEditing(tx, subject, options.reviewId, { forUpdate: true });
    return removeIndicatorValue(tx, {
      ...input,
      subject,
      countryIso3: nationalCountry(loaded),
      reviewId: loaded.review.id,
      requestId: options.requestId,
    });
  });
}
