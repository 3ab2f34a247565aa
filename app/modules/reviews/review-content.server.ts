import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import type { ReviewKind, ReviewSnapshot } from '#db/schema/reviews';
import { reviewCycles, reviewEditors, reviews } from '#db/schema/reviews';
import { contentTags, yearOf } from '~/modules/content/content-tags.server';
import { type ContentType, defineContentType } from '~/modules/content/content-type';
import { syncContent } from '~/modules/content/sync-content.server';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { isUuid } from '~/platform/uuid';
import { reviewReaders } from './review-policy';
import { reviewEntityType } from './review-records.server';

/** The text of a submitted version, every section's answer and measures, per language. */
function snapshotText(snapshot: ReviewSnapshot | undefined): Translated {
  const out: Translated = {};
  if (!snapshot) return out;
  for (const lang of ['ar', 'en'] as const) {
    const parts = snapshot.sections.flatMap((s) => [s.body[lang], s.measures[lang]]).filter(Boolean);
    if (parts.length) out[lang] = parts.join('\n\n');
  }
  return out;
}

/**
 * National and parallel reviews in the content index, one type each: public once published; before
 * that their owners and co-editors, and after a submission the cycle's secretariat, open them
 * (review-policy.ts). The text indexed is the latest submitted version's — never the live draft.
 */
function reviewContentOf(kind: ReviewKind): ContentType {
  return defineContentType({
    key: kind === 'national' ? 'national_review' : 'parallel_review',
    version: 1,
    async allIds(db) {
      return (await db.select({ id: reviews.id }).from(reviews).where(eq(reviews.kind, kind))).map(
        (r) => r.id,
      );
    },
    async project(db, ids) {
      const valid = ids.filter(isUuid);
      if (!valid.length) return [];
      const rows = await db
        .select({
          id: reviews.id,
          kind: reviews.kind,
          status: reviews.status,
          title: reviews.title,
          originalLanguage: reviews.originalLanguage,
          countryIso3: reviews.countryIso3,
          organisationId: reviews.organisationId,
          submittedVersions: reviews.submittedVersions,
          publishedAt: reviews.publishedAt,
          updatedAt: reviews.updatedAt,
          isSample: reviews.isSample,
          cycleRegionId: reviewCycles.regionId,
        })
        .from(reviews)
        .innerJoin(reviewCycles, eq(reviewCycles.id, reviews.cycleId))
        .where(and(eq(reviews.kind, kind), inArray(reviews.id, valid)));
      if (!rows.length) return [];
      const found = rows.map((r) => r.id);
      const [editors, versions, tags] = await readTogether(db, [
        () =>
          db
            .select({ reviewId: reviewEditors.reviewId, userId: reviewEditors.userId })
            .from(reviewEditors)
            .where(inArray(reviewEditors.reviewId, found)),
        () =>
          db.execute<{ review_id: string; snapshot: ReviewSnapshot }>(sql`
          select distinct on (review_id) review_id, snapshot from review_versions
          where review_id in (${sql.join(
            found.map((id) => sql`${id}`),
            sql`, `,
          )})
          order by review_id, number desc`),
        () =>
          contentTags(db, {
            tagEntityType: reviewEntityType,
            ids: found,
            countriesOf: (id) => {
              const iso3 = rows.find((r) => r.id === id)?.countryIso3;
              return iso3 ? [iso3] : [];
            },
          }),
      ]);
      const latest = new Map(versions.rows.map((v) => [v.review_id, v.snapshot]));
      return rows.map((row) => {
        const isPublic = row.status === 'published';
        const coEditors = editors.filter((e) => e.reviewId === row.id).map((e) => e.userId);
        return {
          id: row.id,
          visibility: isPublic ? 'public' : 'restricted',
          readers: isPublic ? [] : reviewReaders(row, coEditors),
          status: row.status,
          originalLanguage: row.originalLanguage,
          title: row.title,
          summary: {},
          body: snapshotText(latest.get(row.id)),
          ...tags.get(row.id)!,
          year: yearOf(row.publishedAt),
          publishedAt: row.publishedAt,
          updatedAt: row.updatedAt,
          path: `/reviews/${row.id}`,
          isSample: row.isSample,
        };
      });
    },
  });
}

export const nationalReviewContent = reviewContentOf('national');
export const parallelReviewContent = reviewContentOf('parallel');

/** Re-projects reviews after a write (either kind: the other type's projection finds nothing and drops it). */
export async function syncReviewContent(db: DbOrTx, reviewIds: readonly string[]): Promise<void> {
  await syncContent(db, nationalReviewContent, reviewIds);
  await syncContent(db, parallelReviewContent, reviewIds);
}
