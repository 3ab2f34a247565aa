import { and, eq } from 'drizzle-orm';
import { reviewContributions } from '#db/schema/review-contributions';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { isUuid } from '~/platform/uuid';

/** The content type key of contributions in the audit trail, attachments and the content index. */
export const contributionEntityType = 'review_contribution';

export type ContributionRow = typeof reviewContributions.$inferSelect;

/** One contribution of a cycle (notFound for an unknown or malformed id, or one of another cycle). */
export async function loadContribution(
  db: DbOrTx,
  cycleId: string,
  contributionId: string,
  options: { forUpdate?: boolean } = {},
): Promise<ContributionRow> {
  if (!isUuid(contributionId) || !isUuid(cycleId)) throw notFound();
  const query = db
    .select()
    .from(reviewContributions)
    .where(and(eq(reviewContributions.id, contributionId), eq(reviewContributions.cycleId, cycleId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound();
  return row;
}
