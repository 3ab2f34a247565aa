import { and, desc, eq } from 'drizzle-orm';
import { reviewSynthesisReports } from '#db/schema/review-synthesis';
import type { DbOrTx } from '~/platform/db.server';

/** The content type key of synthesis reports in the audit trail. */
export const synthesisEntityType = 'review_synthesis';

export type SynthesisReportRow = typeof reviewSynthesisReports.$inferSelect;

/** The cycle's draft narrative, or undefined before the first save. */
export async function loadSynthesisDraft(
  db: DbOrTx,
  cycleId: string,
  options: { forUpdate?: boolean } = {},
): Promise<SynthesisReportRow | undefined> {
  const query = db
    .select()
    .from(reviewSynthesisReports)
    .where(and(eq(reviewSynthesisReports.cycleId, cycleId), eq(reviewSynthesisReports.status, 'draft')));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** The published versions of a cycle's report, newest first, without their (large) contents. */
export function listSynthesisVersions(db: DbOrTx, cycleId: string) {
  return db
    .select({
      id: reviewSynthesisReports.id,
      number: reviewSynthesisReports.number,
      publishedAt: reviewSynthesisReports.publishedAt,
    })
    .from(reviewSynthesisReports)
    .where(and(eq(reviewSynthesisReports.cycleId, cycleId), eq(reviewSynthesisReports.status, 'published')))
    .orderBy(desc(reviewSynthesisReports.number));
}

/** One published version (the latest when number is omitted), or undefined. */
export async function loadPublishedSynthesis(
  db: DbOrTx,
  cycleId: string,
  number?: number,
): Promise<SynthesisReportRow | undefined> {
  const [row] = await db
    .select()
    .from(reviewSynthesisReports)
    .where(
      and(
        eq(reviewSynthesisReports.cycleId, cycleId),
        eq(reviewSynthesisReports.status, 'published'),
        number === undefined ? undefined : eq(reviewSynthesisReports.number, number),
      ),
    )
    .orderBy(desc(reviewSynthesisReports.number))
    .limit(1);
  return row;
}
