import { and, asc, eq, inArray } from 'drizzle-orm';
import { objectiveTags } from '#db/schema/tagging';
import type { DbOrTx } from '~/platform/db.server';
import { reviewEntityType } from './review-records.server';

/** The objectives each review is tagged with (ascending), keyed by review id; one query, none for no ids. */
export async function reviewObjectives(db: DbOrTx, reviewIds: string[]): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  if (!reviewIds.length) return out;
  const tags = await db
    .select({ entityId: objectiveTags.entityId, objective: objectiveTags.objective })
    .from(objectiveTags)
    .where(and(eq(objectiveTags.entityType, reviewEntityType), inArray(objectiveTags.entityId, reviewIds)))
    .orderBy(asc(objectiveTags.objective));
  for (const t of tags) out.set(t.entityId, [...(out.get(t.entityId) ?? []), t.objective]);
  return out;
}
