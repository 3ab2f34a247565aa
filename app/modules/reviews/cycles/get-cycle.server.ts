import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { organisations } from '#db/schema/accounts';
import { countries, regions } from '#db/schema/reference';
import { reviewOutcomes } from '#db/schema/review-outcomes';
import { reviewCycleStates, reviews, reviewTemplates } from '#db/schema/reviews';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { publishedSyntheses } from '../contributions/published-synthesis.server';
import { canEditSynthesis } from '../synthesis/synthesis-policy';
import { canForwardToImrf, canManageCycle, canSeeCycle, canTrackCycle } from './cycle-policy';
import { cycleMilestonesOf, loadCycle } from './cycle-records.server';
import { handedInStatuses } from './cycle-rules';

/**
 * A cycle as its public page shows it: region, pinned template, milestones, states in scope with
 * whether their review is published (the only review status the public sees), published parallel
 * reviews, and whether the outcome document and the synthesis report are published. Draft cycles
 * are not found except by their secretariat.
 */
export async function getCycle(options: { db?: DbOrTx; subject: Subject; cycleId: string }) {
  const { db = getDb(), subject } = options;
  const cycle = await loadCycle(db, options.cycleId);
  if (!canSeeCycle(subject, cycle)) throw notFound();
  const [[region], [template], milestones, states, published, outcome, syntheses, [received]] =
    await readTogether(db, [
      () =>
        db.select({ id: regions.id, name: regions.name }).from(regions).where(eq(regions.id, cycle.regionId)),
      () =>
        cycle.templateId
          ? db
              .select({
                id: reviewTemplates.id,
                familyId: reviewTemplates.familyId,
                title: reviewTemplates.title,
                versionNumber: reviewTemplates.versionNumber,
                status: reviewTemplates.status,
              })
              .from(reviewTemplates)
              .where(eq(reviewTemplates.id, cycle.templateId))
          : Promise.resolve([]),
      () => cycleMilestonesOf(db, cycle.id),
      () =>
        db
          .select({ iso3: countries.iso3, name: countries.name })
          .from(reviewCycleStates)
          .innerJoin(countries, eq(countries.iso3, reviewCycleStates.countryIso3))
          .where(eq(reviewCycleStates.cycleId, cycle.id))
          .orderBy(asc(countries.iso3)),
      () =>
        db
          .select({
            id: reviews.id,
            kind: reviews.kind,
            title: reviews.title,
            countryIso3: reviews.countryIso3,
            organisationName: organisations.name,
            publishedAt: reviews.publishedAt,
            isSample: reviews.isSample,
          })
          .from(reviews)
          .leftJoin(organisations, eq(organisations.id, reviews.organisationId))
          .where(and(eq(reviews.cycleId, cycle.id), eq(reviews.status, 'published')))
          .orderBy(asc(reviews.publishedAt)),
      () =>
        db
          .select({ publishedVersion: reviewOutcomes.publishedVersion })
          .from(reviewOutcomes)
          .where(eq(reviewOutcomes.cycleId, cycle.id)),
      () => publishedSyntheses(db, [cycle.id]),
      () =>
        db
          .select({ n: count() })
          .from(reviews)
          .where(
            and(
              eq(reviews.cycleId, cycle.id),
              eq(reviews.kind, 'national'),
              inArray(reviews.status, [...handedInStatuses]),
            ),
          ),
    ]);
  const nationalByState = new Map(
    published.filter((r) => r.kind === 'national').map((r) => [r.countryIso3!, r.id]),
  );
  return {
    cycle,
    region: region ?? { id: cycle.regionId, name: {} },
    template: template ?? null,
    milestones,
    states: states.map((s) => ({ ...s, publishedReviewId: nationalByState.get(s.iso3) ?? null })),
    parallelReviews: published.filter((r) => r.kind === 'parallel'),
    /**
     * received: national reviews handed in, whatever the channel (submitted on the platform or
     * registered by the secretariat from a file) — a count the secretariat reports publicly
     * ("reports received from 13 of 22 states"), not content the public opens.
     */
    counts: { states: states.length, published: nationalByState.size, received: Number(received?.n ?? 0) },
    outcomePublished: (outcome[0]?.publishedVersion ?? null) !== null,
    synthesisPublished: syntheses.has(cycle.id),
    canManage: canManageCycle(subject, cycle),
    canTrack: canTrackCycle(subject, cycle),
    canForward: canForwardToImrf(subject, cycle),
    /** Writes the synthesis and records its figures of migration patterns and trends. */
    canEditSynthesis: canEditSynthesis(subject, cycle),
  };
}
export type CycleDetail = Awaited<ReturnType<typeof getCycle>>;

/** Names of countries by iso3 (for lists the page builds itself). */
export async function countryNames(db: DbOrTx, isos: readonly string[]) {
  if (!isos.length) return new Map<string, { ar?: string; en?: string }>();
  const rows = await db
    .select({ iso3: countries.iso3, name: countries.name })
    .from(countries)
    .where(inArray(countries.iso3, [...isos]));
  return new Map(rows.map((r) => [r.iso3, r.name]));
}
