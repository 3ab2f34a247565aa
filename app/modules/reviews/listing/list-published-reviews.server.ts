import { and, asc, count, desc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import { organisations } from '#db/schema/accounts';
import { contentItems } from '#db/schema/content';
import { countries } from '#db/schema/reference';
import { reviewCycles, reviewSections, reviews } from '#db/schema/reviews';
import { sortSdgTargets } from '~/modules/reference/sdg-targets';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { receiptsOf } from '../outreach/receipts.server';
import { reviewObjectives } from '../review-objectives.server';
import type { ReviewFilterChoices, ReviewFilters } from './review-filters';

/** What the filters accept: public cycles and every country. */
export async function loadReviewFilterChoices(db: DbOrTx = getDb()): Promise<ReviewFilterChoices> {
  const [c, k] = await readTogether(db, [
    () => db.select({ id: reviewCycles.id }).from(reviewCycles).where(ne(reviewCycles.status, 'draft')),
    () => db.select({ iso3: countries.iso3 }).from(countries).orderBy(asc(countries.iso3)),
  ]);
  return { cycles: c.map((x) => x.id).sort(), countries: k.map((x) => x.iso3) };
}

/** Published reviews of public cycles matching the filters: the one place that decides what is listed. */
function whereOf(filters: ReviewFilters): SQL {
  const conditions: SQL[] = [eq(reviews.status, 'published'), ne(reviewCycles.status, 'draft')];
  if (filters.cycle) conditions.push(eq(reviews.cycleId, filters.cycle));
  if (filters.country) conditions.push(eq(reviews.countryIso3, filters.country));
  if (filters.kind) conditions.push(eq(reviews.kind, filters.kind));
  if (filters.objective) {
    conditions.push(
      sql`exists (select 1 from ${contentItems} c where c.type in ('national_review', 'parallel_review')
        and c.id = ${reviews.id}::text and c.objectives @> array[${filters.objective}]::integer[])`,
    );
  }
  return and(...conditions)!;
}

export interface PublishedReviewItem {
  id: string;
  kind: 'national' | 'parallel';
  title: { ar?: string; en?: string };
  originalLanguage: 'ar' | 'en';
  cycle: { id: string; title: { ar?: string; en?: string }; regionId: string };
  country: { iso3: string; name: { ar?: string; en?: string } } | null;
  organisation: { id: string; name: { ar?: string; en?: string } } | null;
  objectives: number[];
  /** The SDG targets its sections name, once each, in reference order. */
  sdgTargets: string[];
  publishedAt: Date | null;
  /** The day the secretariat received it outside the platform (registered from a file), else null. */
  receivedOn: string | null;
  isSample: boolean;
}

/** The SDG targets named in the reviews' sections, per review (codes once each, reference order). */
async function reviewSdgTargets(db: DbOrTx, ids: string[]): Promise<Map<string, string[]>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ reviewId: reviewSections.reviewId, codes: reviewSections.sdgTargets })
    .from(reviewSections)
    .where(and(inArray(reviewSections.reviewId, ids), sql`cardinality(${reviewSections.sdgTargets}) > 0`));
  const all = new Map<string, string[]>();
  for (const r of rows) all.set(r.reviewId, [...(all.get(r.reviewId) ?? []), ...r.codes]);
  return new Map([...all].map(([id, codes]) => [id, sortSdgTargets(codes)]));
}

/** Published reviews (national and parallel), newest first, with the objectives they are tagged with. */
export async function listPublishedReviews(options: {
  db?: DbOrTx;
  filters: ReviewFilters;
  limit: number;
  offset: number;
}): Promise<{ items: PublishedReviewItem[]; total: number }> {
  const { db = getDb(), filters } = options;
  const where = whereOf(filters);
  const [rows, [{ total } = { total: 0 }]] = await readTogether(db, [
    () =>
      db
        .select({
          id: reviews.id,
          kind: reviews.kind,
          title: reviews.title,
          originalLanguage: reviews.originalLanguage,
          cycleId: reviewCycles.id,
          cycleTitle: reviewCycles.title,
          regionId: reviewCycles.regionId,
          countryIso3: reviews.countryIso3,
          countryName: countries.name,
          organisationId: organisations.id,
          organisationName: organisations.name,
          publishedAt: reviews.publishedAt,
          isSample: reviews.isSample,
        })
        .from(reviews)
        .innerJoin(reviewCycles, eq(reviewCycles.id, reviews.cycleId))
        .leftJoin(countries, eq(countries.iso3, reviews.countryIso3))
        .leftJoin(organisations, eq(organisations.id, reviews.organisationId))
        .where(where)
        .orderBy(desc(reviews.publishedAt), asc(reviews.id))
        .limit(options.limit)
        .offset(options.offset),
    () =>
      db
        .select({ total: count() })
        .from(reviews)
        .innerJoin(reviewCycles, eq(reviewCycles.id, reviews.cycleId))
        .where(where),
  ]);
  const ids = rows.map((r) => r.id);
  const [objectivesOf, received, targetsOf] = await readTogether(db, [
    () => reviewObjectives(db, ids),
    () => receiptsOf(db, ids),
    () => reviewSdgTargets(db, ids),
  ]);
  return {
    total: Number(total),
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      originalLanguage: r.originalLanguage,
      cycle: { id: r.cycleId, title: r.cycleTitle, regionId: r.regionId },
      country: r.countryIso3 ? { iso3: r.countryIso3, name: r.countryName ?? {} } : null,
      organisation: r.organisationId ? { id: r.organisationId, name: r.organisationName ?? {} } : null,
      objectives: objectivesOf.get(r.id) ?? [],
      sdgTargets: targetsOf.get(r.id) ?? [],
      publishedAt: r.publishedAt,
      receivedOn: received.get(r.id) ?? null,
      isSample: r.isSample,
    })),
  };
}

/** The countries that have a published review in a public cycle (for the index's country filter). */
export async function publishedReviewCountries(db: DbOrTx = getDb()) {
  return db
    .selectDistinct({ iso3: countries.iso3, name: countries.name })
    .from(reviews)
    .innerJoin(reviewCycles, eq(reviewCycles.id, reviews.cycleId))
    .innerJoin(countries, eq(countries.iso3, reviews.countryIso3))
    .where(whereOf({}))
    .orderBy(asc(countries.iso3));
}
