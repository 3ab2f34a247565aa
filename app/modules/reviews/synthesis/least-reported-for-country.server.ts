import { and, desc, eq } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { reviewSynthesisReports } from '#db/schema/review-synthesis';
import { reviewCycleStates, reviewCycles } from '#db/schema/reviews';
import type { DbOrTx } from '~/platform/db.server';

export interface LeastReportedInReview {
  cycleId: string;
  cycleTitle: Translated;
  publishedAt: Date;
  statesInScope: number;
  /** The objectives fewest states reported on, fewest first. */
  objectives: { objective: number; count: number }[];
}

/**
 * The objectives the latest published regional synthesis covering a state found least reported
 * (its "least reported" list), for the pledge form's hint: the regional documents ask pledges to
 * target what the review found least addressed (the report's own list: its five, ties kept whole).
 * Published syntheses are public; undefined when no cycle with the state in scope has one.
 */
export async function leastReportedForCountry(options: {
  db: DbOrTx;
  iso3: string;
}): Promise<LeastReportedInReview | undefined> {
  const { db, iso3 } = options;
  const [row] = await db
    .select({
      cycleId: reviewCycles.id,
      cycleTitle: reviewCycles.title,
      publishedAt: reviewSynthesisReports.publishedAt,
      compiled: reviewSynthesisReports.compiled,
    })
    .from(reviewSynthesisReports)
    .innerJoin(reviewCycles, eq(reviewCycles.id, reviewSynthesisReports.cycleId))
    .innerJoin(
      reviewCycleStates,
      and(
        eq(reviewCycleStates.cycleId, reviewCycles.id),
        eq(reviewCycleStates.countryIso3, iso3.toUpperCase()),
      ),
    )
    .where(eq(reviewSynthesisReports.status, 'published'))
    .orderBy(desc(reviewSynthesisReports.publishedAt), desc(reviewSynthesisReports.number))
    .limit(1);
  if (!row?.compiled || !row.publishedAt) return undefined;
  return {
    cycleId: row.cycleId,
    cycleTitle: row.cycleTitle,
    publishedAt: row.publishedAt,
    statesInScope: row.compiled.totals.statesInScope,
    objectives: row.compiled.leastReported,
  };
}
