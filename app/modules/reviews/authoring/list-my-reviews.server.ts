import { and, asc, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { countries, organisations } from '#db/schema/index';
import {
  type ReviewKind,
  type ReviewStatus,
  reviewCycleStates,
  reviewCycles,
  reviewEditors,
  reviews,
} from '#db/schema/reviews';
import { can, type Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { editableStatuses, reviewOwnerResource, reviewWriterScopes } from '../review-policy';

export interface MyReview {
  id: string;
  kind: ReviewKind;
  title: Translated;
  status: ReviewStatus;
  freeForm: boolean;
  countryIso3: string | null;
  countryName: Translated | null;
  organisationName: Translated | null;
  cycle: { id: string; title: Translated; status: string; submissionDeadline: string | null };
  /** Invited as a co-editor (rather than writing as the state's focal point or the organisation's member). */
  asCoEditor: boolean;
  editable: boolean;
  canSubmit: boolean;
  updatedAt: Date;
}

export interface StartableCycle {
  id: string;
  title: Translated;
  submissionDeadline: string | null;
  /** States of the cycle the subject is focal point for, with their national review when one exists. */
  states: { iso3: string; name: Translated; reviewId: string | null }[];
  /** Whether the subject may open a parallel review for one of its organisations. */
  parallel: boolean;
}

/**
 * The reviews a person writes — as focal point of the state, member of the organisation, or invited
 * co-editor — with status and the cycle's deadline; and the open cycles where they could start one.
 */
export async function listMyReviews(options: { db?: DbOrTx; subject: Subject }) {
  const { db = getDb(), subject } = options;
  const scopes = reviewWriterScopes(subject);
  const mine: SQL[] = [];
  if (scopes.states.length)
    mine.push(and(eq(reviews.kind, 'national'), inArray(reviews.countryIso3, scopes.states))!);
  if (scopes.organisations.length)
    mine.push(and(eq(reviews.kind, 'parallel'), inArray(reviews.organisationId, scopes.organisations))!);
  const coEdited = subject.userId
    ? (
        await db
          .select({ reviewId: reviewEditors.reviewId })
          .from(reviewEditors)
          .where(eq(reviewEditors.userId, subject.userId))
      ).map((r) => r.reviewId)
    : [];
  if (coEdited.length) mine.push(inArray(reviews.id, coEdited));

  const rows = mine.length
    ? await db
        .select({
          review: reviews,
          cycle: {
            id: reviewCycles.id,
            title: reviewCycles.title,
            status: reviewCycles.status,
            submissionDeadline: reviewCycles.submissionDeadline,
          },
          countryName: countries.name,
          organisationName: organisations.name,
        })
        .from(reviews)
        .innerJoin(reviewCycles, eq(reviewCycles.id, reviews.cycleId))
        .leftJoin(countries, eq(countries.iso3, reviews.countryIso3))
        .leftJoin(organisations, eq(organisations.id, reviews.organisationId))
        .where(or(...mine))
        .orderBy(desc(reviews.updatedAt))
        .limit(500)
    : [];

  const items: MyReview[] = rows.map(({ review, cycle, countryName, organisationName }) => {
    const owner = can(subject, 'reviews.edit', reviewOwnerResource(review));
    const editable = editableStatuses.includes(review.status);
    return {
      id: review.id,
      kind: review.kind,
      title: review.title,
      status: review.status,
      freeForm: review.freeForm,
      countryIso3: review.countryIso3,
      countryName: countryName ?? null,
      organisationName: review.kind === 'parallel' ? (organisationName ?? null) : null,
      cycle,
      asCoEditor: !owner,
      editable,
      canSubmit: editable && can(subject, 'reviews.submit', reviewOwnerResource(review)),
      updatedAt: review.updatedAt,
    };
  });

  return { reviews: items, startable: await startableCycles(db, subject) };
}

/** Open cycles where the subject may open a review now: its states' national reviews, its organisations' parallel ones. */
async function startableCycles(db: DbOrTx, subject: Subject): Promise<StartableCycle[]> {
  const scopes = reviewWriterScopes(subject);
  if (!scopes.states.length && !scopes.organisations.length) return [];
  const open = await db
    .select({
      id: reviewCycles.id,
      title: reviewCycles.title,
      submissionDeadline: reviewCycles.submissionDeadline,
    })
    .from(reviewCycles)
    .where(eq(reviewCycles.status, 'open'))
    .orderBy(asc(reviewCycles.submissionDeadline), asc(reviewCycles.createdAt))
    .limit(100);
  if (!open.length) return [];
  const states = scopes.states.length
    ? await db
        .select({
          cycleId: reviewCycleStates.cycleId,
          iso3: reviewCycleStates.countryIso3,
          name: countries.name,
          reviewId: reviews.id,
        })
        .from(reviewCycleStates)
        .innerJoin(countries, eq(countries.iso3, reviewCycleStates.countryIso3))
        .leftJoin(
          reviews,
          and(
            eq(reviews.cycleId, reviewCycleStates.cycleId),
            eq(reviews.countryIso3, reviewCycleStates.countryIso3),
            eq(reviews.kind, 'national'),
          ),
        )
        .where(
          and(
            inArray(
              reviewCycleStates.cycleId,
              open.map((c) => c.id),
            ),
            inArray(reviewCycleStates.countryIso3, scopes.states),
          ),
        )
    : [];
  return open
    .map((cycle) => ({
      ...cycle,
      states: states
        .filter((s) => s.cycleId === cycle.id)
        .map((s) => ({ iso3: s.iso3, name: s.name, reviewId: s.reviewId ?? null })),
      parallel: scopes.organisations.length > 0,
    }))
    .filter((c) => c.states.length || c.parallel);
}
