import { and, asc, eq } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { regionMembers, regions } from '#db/schema/reference';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { coverageMatrix, defaultRegionKind } from './coverage.server';

export interface UnderServed {
  /** The radar's column the country belongs to (its regional commission). */
  region: { id: string; name: Translated };
  /** The radar's least-covered objectives of that region, fewest public items first. */
  objectives: { objective: number; total: number }[];
}

/**
 * The objectives under-served in a country's region, as the coverage radar counts them (every type
 * of public activity, the radar's definitions): the "least covered" list of each radar column the
 * country belongs to (Egypt is in two regional commissions). The pledge form shows it, since the
 * regional documents ask pledges to target objectives under-served in the regional reviews. Empty
 * when the country is in no radar region.
 */
export async function underServedObjectives(options: { db?: DbOrTx; iso3: string }): Promise<UnderServed[]> {
  const { db = getDb(), iso3 } = options;
  const found = await db
    .select({ id: regions.id, name: regions.name })
    .from(regionMembers)
    .innerJoin(regions, eq(regions.id, regionMembers.regionId))
    .where(and(eq(regionMembers.countryIso3, iso3.toUpperCase()), eq(regions.kind, defaultRegionKind)))
    .orderBy(asc(regions.position), asc(regions.id));
  if (!found.length) return [];
  // The radar by region is memoised by the change stamp, so this costs one stamp read when warm.
  const matrix = await coverageMatrix({ db, by: 'region', regionKind: defaultRegionKind });
  return found.flatMap((region) => {
    const least = matrix?.leastCovered.find((c) => c.column === region.id);
    return least ? [{ region, objectives: least.objectives }] : [];
  });
}
