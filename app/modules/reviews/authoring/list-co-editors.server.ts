import { asc, eq } from 'drizzle-orm';
import { users } from '#db/schema/index';
import { reviewEditors } from '#db/schema/reviews';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

/** The invited co-editors of a review, with whether they have accepted their account invitation yet. */
export async function listCoEditors(options: { db?: DbOrTx; reviewId: string }) {
  const { db = getDb() } = options;
  const rows = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
      addedAt: reviewEditors.createdAt,
    })
    .from(reviewEditors)
    .innerJoin(users, eq(users.id, reviewEditors.userId))
    .where(eq(reviewEditors.reviewId, options.reviewId))
    .orderBy(asc(reviewEditors.createdAt));
  return rows.map(({ passwordHash, disabledAt, ...r }) => ({
    ...r,
    pending: !passwordHash,
    disabled: Boolean(disabledAt),
  }));
}
