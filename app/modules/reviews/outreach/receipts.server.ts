import { inArray } from 'drizzle-orm';
import { reviewReceipts } from '#db/schema/review-outreach';
import type { DbOrTx } from '~/platform/db.server';

/** The reviews among these that the secretariat received outside the platform, with the day received. */
export async function receiptsOf(db: DbOrTx, reviewIds: readonly string[]): Promise<Map<string, string>> {
  if (!reviewIds.length) return new Map();
  const rows = await db
    .select({ reviewId: reviewReceipts.reviewId, receivedOn: reviewReceipts.receivedOn })
    .from(reviewReceipts)
    .where(inArray(reviewReceipts.reviewId, [...reviewIds]));
  return new Map(rows.map((r) => [r.reviewId, r.receivedOn]));
}
