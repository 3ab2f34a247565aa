import { and, desc, eq, inArray } from 'drizzle-orm';
import { users } from '#db/schema/index';
import { reviewVersions } from '#db/schema/reviews';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { forbidden, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { canReadSubmitted, canSeeReview } from '../review-policy';
import { loadReview } from '../review-records.server';
import { compareSnapshots } from './compare-snapshots';

/**
 * The submitted versions of a review, newest first, and the comparison of one of them (default:
 * the latest) with the version before it. For whoever may read submitted versions: the review's
 * editors, and the cycle region's secretariat once something was submitted.
 */
export async function getReviewVersions(options: {
  db?: DbOrTx;
  subject: Subject;
  reviewId: string;
  /** The version to compare with its predecessor; default the latest. */
  compare?: number;
}) {
  const { db = getDb(), subject } = options;
  const loaded = await loadReview(db, options.reviewId);
  if (!canSeeReview(subject, loaded.ref, loaded.coEditorIds)) throw notFound();
  if (!canReadSubmitted(subject, loaded.ref, loaded.coEditorIds)) throw forbidden();
  const versions = await db
    .select({
      number: reviewVersions.number,
      submittedAt: reviewVersions.submittedAt,
      submittedByName: users.name,
    })
    .from(reviewVersions)
    .leftJoin(users, eq(users.id, reviewVersions.submittedBy))
    .where(eq(reviewVersions.reviewId, loaded.review.id))
    .orderBy(desc(reviewVersions.number));
  const number = options.compare ?? versions[0]?.number;
  if (number === undefined) return { loaded, versions, comparison: null };
  if (!versions.some((v) => v.number === number)) throw notFound();
  const pair = await db
    .select({ number: reviewVersions.number, snapshot: reviewVersions.snapshot })
    .from(reviewVersions)
    .where(
      and(
        eq(reviewVersions.reviewId, loaded.review.id),
        inArray(reviewVersions.number, [number - 1, number]),
      ),
    );
  const current = pair.find((p) => p.number === number)!;
  const previous = pair.find((p) => p.number === number - 1) ?? null;
  return {
    loaded,
    versions,
    comparison: {
      number,
      previousNumber: previous?.number ?? null,
      current: current.snapshot,
      result: compareSnapshots(previous?.snapshot ?? null, current.snapshot),
    },
  };
}
