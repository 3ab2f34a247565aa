import { getTags } from '~/modules/tagging/get-tags.server';
import type { DbOrTx } from '~/platform/db.server';
import { reviewEntityType } from './review-records.server';

/** The objectives each review is tagged with (ascending), keyed by review id; one query, none for no ids. */
export async function reviewObjectives(db: DbOrTx, reviewIds: string[]): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  if (!reviewIds.length) return out;
  const tags = await getTags({ db, entityType: reviewEntityType, entityIds: reviewIds });
  for (const [id, tagSet] of tags) if (tagSet.objectives.length) out.set(id, tagSet.objectives);
  return out;
}
