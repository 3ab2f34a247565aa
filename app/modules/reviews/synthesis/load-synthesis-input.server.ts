import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { organisations } from '#db/schema/accounts';
import type { Translated } from '#db/schema/columns';
import { countries, objectives, regions } from '#db/schema/reference';
import { reviewContributions } from '#db/schema/review-contributions';
import { reviewSynthesisFigures } from '#db/schema/review-synthesis-figures';
import { reviewCycleStates, reviewCycles, reviewSections, reviews } from '#db/schema/reviews';
import { getTags } from '~/modules/tagging/get-tags.server';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { isUuid } from '~/platform/uuid';
import { loadTemplateSections, reviewEntityType } from '../review-records.server';
import { standardTemplateSections } from '../standard-template';
import type { SynthesisInput, SynthesisReviewInput } from './compile-synthesis';

function loadSections(db: DbOrTx, reviewIds: string[]) {
  return db
    .select({
      reviewId: reviewSections.reviewId,
      sectionKey: reviewSections.sectionKey,
      body: reviewSections.body,
      objectiveStatus: reviewSections.objectiveStatus,
      measures: reviewSections.measures,
      partners: reviewSections.partners,
      dataAvailable: reviewSections.dataAvailable,
    })
    .from(reviewSections)
    .where(reviewIds.length ? inArray(reviewSections.reviewId, reviewIds) : sql`false`);
}

export type SynthesisCycle = typeof reviewCycles.$inferSelect;

/** The cycle (notFound for an unknown or malformed id). */
export async function loadSynthesisCycle(db: DbOrTx, cycleId: string): Promise<SynthesisCycle> {
  if (!isUuid(cycleId)) throw notFound();
  const [cycle] = await db.select().from(reviewCycles).where(eq(reviewCycles.id, cycleId));
  if (!cycle) throw notFound();
  return cycle;
}

/**
 * Reads what the compiler needs for one cycle: its states in scope, the template's section kinds
 * (the standard template when the cycle has none), the objectives, and its published reviews with
 * their sections, authors' names and objective tags, the contributions and the trend figures recorded
 * on the cycle.
 * Eight queries whatever the size of the cycle.
 */
export async function loadSynthesisInput(
  db: DbOrTx,
  cycle: SynthesisCycle,
  now = new Date(),
): Promise<SynthesisInput> {
  const [region] = await db
    .select({ name: regions.name })
    .from(regions)
    .where(eq(regions.id, cycle.regionId));
  const [states, objectiveRows, templateSections, published, contributions, figures] = await readTogether(
    db,
    [
      () =>
        db
          .select({ iso3: countries.iso3, name: countries.name })
          .from(reviewCycleStates)
          .innerJoin(countries, eq(countries.iso3, reviewCycleStates.countryIso3))
          .where(eq(reviewCycleStates.cycleId, cycle.id))
          .orderBy(asc(countries.iso3)),
      () =>
        db
          .select({ number: objectives.number, title: objectives.shortLabel })
          .from(objectives)
          .orderBy(asc(objectives.number)),
      () =>
        cycle.templateId
          ? loadTemplateSections(db, cycle.templateId)
          : Promise.resolve(standardTemplateSections()),
      () =>
        db
          .select({
            id: reviews.id,
            kind: reviews.kind,
            countryIso3: reviews.countryIso3,
            organisationId: reviews.organisationId,
            title: reviews.title,
            originalLanguage: reviews.originalLanguage,
            freeForm: reviews.freeForm,
            isSample: reviews.isSample,
            countryName: countries.name,
            organisationName: organisations.name,
          })
          .from(reviews)
          .leftJoin(countries, eq(countries.iso3, reviews.countryIso3))
          .leftJoin(organisations, eq(organisations.id, reviews.organisationId))
          .where(and(eq(reviews.cycleId, cycle.id), eq(reviews.status, 'published'))),
      () =>
        db
          .select({
            contributionId: reviewContributions.id,
            kind: reviewContributions.kind,
            contributor: reviewContributions.contributor,
            receivedOn: reviewContributions.receivedOn,
            objectives: reviewContributions.objectives,
            text: reviewContributions.text,
            isSample: reviewContributions.isSample,
          })
          .from(reviewContributions)
          .where(eq(reviewContributions.cycleId, cycle.id)),
      () =>
        db
          .select({
            iso3: reviewSynthesisFigures.countryIso3,
            name: countries.name,
            indicator: reviewSynthesisFigures.indicator,
            year: reviewSynthesisFigures.year,
            value: reviewSynthesisFigures.value,
            source: reviewSynthesisFigures.source,
            sourceUrl: reviewSynthesisFigures.sourceUrl,
            note: reviewSynthesisFigures.note,
          })
          .from(reviewSynthesisFigures)
          .innerJoin(countries, eq(countries.iso3, reviewSynthesisFigures.countryIso3))
          .where(eq(reviewSynthesisFigures.cycleId, cycle.id)),
    ],
  );
  const ids = published.map((r) => r.id);
  const [sections, tags] = await readTogether(db, [
    () => loadSections(db, ids),
    () => getTags({ db, entityType: reviewEntityType, entityIds: ids }),
  ]);

  const sectionsByReview = new Map<string, typeof sections>();
  for (const section of sections) {
    const list = sectionsByReview.get(section.reviewId);
    if (list) list.push(section);
    else sectionsByReview.set(section.reviewId, [section]);
  }
  const authorName = (r: (typeof published)[number]): Translated =>
    (r.kind === 'national' ? r.countryName : r.organisationName) ?? {};
  const reviewInputs: SynthesisReviewInput[] = published.map((r) => ({
    id: r.id,
    kind: r.kind,
    countryIso3: r.countryIso3,
    organisationId: r.organisationId,
    authorName: authorName(r),
    title: r.title,
    originalLanguage: r.originalLanguage,
    freeForm: r.freeForm,
    isSample: r.isSample,
    objectiveTags: tags.get(r.id)?.objectives ?? [],
    sections: sectionsByReview.get(r.id) ?? [],
  }));
  return {
    cycle: {
      id: cycle.id,
      regionId: cycle.regionId,
      regionName: region?.name ?? {},
      title: cycle.title,
      partners: cycle.partners,
    },
    statesInScope: states,
    objectives: objectiveRows,
    templateSections: templateSections.map((s) => ({ key: s.key, kind: s.kind, objective: s.objective })),
    reviews: reviewInputs,
    contributions,
    figures,
    compiledAt: now,
  };
}
