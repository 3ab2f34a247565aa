import { asc, count, desc, eq } from 'drizzle-orm';
import { reviewCycles, reviewTemplateSections, reviewTemplates } from '#db/schema/reviews';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

/**
 * Every template version, grouped by family (newest family first), each family's versions newest
 * first, with their section counts and how many cycles pin them.
 */
export async function listTemplates(options: { db?: DbOrTx } = {}) {
  const { db = getDb() } = options;
  const [rows, sectionCounts, pinCounts] = await readTogether(db, [
    () =>
      db
        .select({
          id: reviewTemplates.id,
          familyId: reviewTemplates.familyId,
          versionNumber: reviewTemplates.versionNumber,
          title: reviewTemplates.title,
          status: reviewTemplates.status,
          publishedAt: reviewTemplates.publishedAt,
          updatedAt: reviewTemplates.updatedAt,
          isSample: reviewTemplates.isSample,
        })
        .from(reviewTemplates)
        .orderBy(desc(reviewTemplates.createdAt), asc(reviewTemplates.familyId)),
    () =>
      db
        .select({ templateId: reviewTemplateSections.templateId, n: count() })
        .from(reviewTemplateSections)
        .groupBy(reviewTemplateSections.templateId),
    () =>
      db
        .select({ templateId: reviewCycles.templateId, n: count() })
        .from(reviewCycles)
        .groupBy(reviewCycles.templateId),
  ]);
  const sections = new Map(sectionCounts.map((r) => [r.templateId, Number(r.n)]));
  const pins = new Map(pinCounts.map((r) => [r.templateId, Number(r.n)]));
  const families = new Map<string, (typeof rows)[number][]>();
  for (const row of rows) families.set(row.familyId, [...(families.get(row.familyId) ?? []), row]);
  return [...families.values()].map((versions) => {
    const sorted = versions.sort((a, b) => b.versionNumber - a.versionNumber);
    return {
      familyId: sorted[0]!.familyId,
      title: sorted[0]!.title,
      versions: sorted.map((v) => ({
        ...v,
        sectionCount: sections.get(v.id) ?? 0,
        cycleCount: pins.get(v.id) ?? 0,
      })),
    };
  });
}

/** Published versions a cycle may pin (newest first), for the cycle form. */
export function listPublishedTemplates(options: { db?: DbOrTx } = {}) {
  const { db = getDb() } = options;
  return db
    .select({
      id: reviewTemplates.id,
      title: reviewTemplates.title,
      versionNumber: reviewTemplates.versionNumber,
    })
    .from(reviewTemplates)
    .where(eq(reviewTemplates.status, 'published'))
    .orderBy(desc(reviewTemplates.publishedAt));
}
