import { and, asc, eq, inArray } from 'drizzle-orm';
import { countries, organisations } from '#db/schema/index';
import { reviewCycleStates, reviewCycles, reviews } from '#db/schema/reviews';
import { can, type Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { reviewWriterScopes } from '../review-policy';

/**
 * What the subject may open in one cycle: national reviews for the cycle's states it writes for
 * (with the existing review, if any), parallel reviews for its organisations. notFound for an
 * unknown cycle; a cycle that is not open is returned with its status so the page can say so.
 */
export async function reviewStartOptions(options: { db?: DbOrTx; subject: Subject; cycleId: string }) {
  const { db = getDb(), subject } = options;
  if (!isUuid(options.cycleId)) throw notFound();
  const [cycle] = await db
    .select({
      id: reviewCycles.id,
      title: reviewCycles.title,
      status: reviewCycles.status,
      regionId: reviewCycles.regionId,
      templateId: reviewCycles.templateId,
      submissionDeadline: reviewCycles.submissionDeadline,
    })
    .from(reviewCycles)
    .where(eq(reviewCycles.id, options.cycleId));
  if (!cycle) throw notFound();
  const stateRows = await db
    .select({ iso3: reviewCycleStates.countryIso3, name: countries.name, reviewId: reviews.id })
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
    .where(eq(reviewCycleStates.cycleId, cycle.id))
    .orderBy(asc(reviewCycleStates.countryIso3));
  const states = stateRows
    .filter((s) => can(subject, 'reviews.edit', { country: s.iso3 }))
    .map((s) => ({ iso3: s.iso3, name: s.name, reviewId: s.reviewId ?? null }));
  const orgIds = reviewWriterScopes(subject).organisations;
  const orgs = orgIds.length
    ? await db
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(inArray(organisations.id, orgIds))
    : [];
  return {
    cycle,
    states,
    organisations: orgs.filter((o) => can(subject, 'reviews.edit', { organisationId: o.id })),
  };
}

/** Countries to choose from for what a parallel review is about (any state). */
export async function countryChoices(db: DbOrTx = getDb()) {
  return db
    .select({ iso3: countries.iso3, name: countries.name })
    .from(countries)
    .orderBy(asc(countries.iso3))
    .limit(400);
}
