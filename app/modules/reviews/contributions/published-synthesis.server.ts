import { and, eq, inArray, max } from 'drizzle-orm';
import { reviewSynthesisReports } from '#db/schema/review-synthesis';
import type { DbOrTx } from '~/platform/db.server';

/**
 * The latest published synthesis report of each cycle (the synthesis itself is built elsewhere and
 * stored in review_synthesis_reports); cycles without one are absent from the map. The cycle page,
 * the contributions page and the API's links.synthesisDocx read it here.
 */
export async function publishedSyntheses(
  db: DbOrTx,
  cycleIds: readonly string[],
): Promise<Map<string, { number: number; publishedAt: Date | null }>> {
  if (!cycleIds.length) return new Map();
  const rows = await db
    .select({
      cycleId: reviewSynthesisReports.cycleId,
      number: max(reviewSynthesisReports.number),
      publishedAt: max(reviewSynthesisReports.publishedAt),
    })
    .from(reviewSynthesisReports)
    .where(
      and(
        eq(reviewSynthesisReports.status, 'published'),
        inArray(reviewSynthesisReports.cycleId, [...cycleIds]),
      ),
    )
    .groupBy(reviewSynthesisReports.cycleId);
  return new Map(
    rows.map((r) => [
      r.cycleId,
      { number: Number(r.number), publishedAt: r.publishedAt ? new Date(r.publishedAt) : null },
    ]),
  );
}

/** The API path of a cycle's current synthesis report as DOCX. */
export const synthesisDocxPath = (cycleId: string) => `/api/v1/review-cycles/${cycleId}/synthesis.docx`;
