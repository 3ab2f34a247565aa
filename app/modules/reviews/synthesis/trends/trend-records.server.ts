import { and, asc, eq } from 'drizzle-orm';
import { countries } from '#db/schema/reference';
import { reviewSynthesisFigures } from '#db/schema/review-synthesis-figures';
import { reviewCycleStates } from '#db/schema/reviews';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { isUuid } from '~/platform/uuid';

/** The entity type of figures in the audit trail. */
export const trendFigureEntityType = 'review_synthesis_figure';

export type TrendFigureRow = typeof reviewSynthesisFigures.$inferSelect;

/** One figure of the cycle (notFound for another cycle's or an unknown id). */
export async function loadTrendFigure(
  db: DbOrTx,
  cycleId: string,
  figureId: string,
  options: { forUpdate?: boolean } = {},
): Promise<TrendFigureRow> {
  if (!isUuid(figureId)) throw notFound();
  const query = db
    .select()
    .from(reviewSynthesisFigures)
    .where(and(eq(reviewSynthesisFigures.id, figureId), eq(reviewSynthesisFigures.cycleId, cycleId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound();
  return row;
}

/** The cycle's states (ISO3 and name), by ISO3. */
export function loadCycleStates(db: DbOrTx, cycleId: string) {
  return db
    .select({ iso3: countries.iso3, name: countries.name })
    .from(reviewCycleStates)
    .innerJoin(countries, eq(countries.iso3, reviewCycleStates.countryIso3))
    .where(eq(reviewCycleStates.cycleId, cycleId))
    .orderBy(asc(countries.iso3));
}

/** The cycle's figures with their state's name, by indicator, state and year. */
export function listTrendFigures(db: DbOrTx, cycleId: string) {
  return db
    .select({ figure: reviewSynthesisFigures, countryName: countries.name })
    .from(reviewSynthesisFigures)
    .innerJoin(countries, eq(countries.iso3, reviewSynthesisFigures.countryIso3))
    .where(eq(reviewSynthesisFigures.cycleId, cycleId))
    .orderBy(
      asc(reviewSynthesisFigures.indicator),
      asc(reviewSynthesisFigures.countryIso3),
      asc(reviewSynthesisFigures.year),
    );
}
