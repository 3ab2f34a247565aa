import { and, asc, eq } from 'drizzle-orm';
import { users } from '#db/schema/index';
import { reviewComments } from '#db/schema/reviews';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

/** The comments on one section, oldest first, with their authors' names. Callers check the viewer is an editor. */
export async function listSectionComments(options: { db?: DbOrTx; reviewId: string; sectionKey: string }) {
  const { db = getDb() } = options;
  return db
    .select({
      id: reviewComments.id,
      body: reviewComments.body,
      authorName: users.name,
      createdAt: reviewComments.createdAt,
      resolvedAt: reviewComments.resolvedAt,
    })
    .from(reviewComments)
    .leftJoin(users, eq(users.id, reviewComments.authorId))
    .where(
      and(eq(reviewComments.reviewId, options.reviewId), eq(reviewComments.sectionKey, options.sectionKey)),
    )
    .orderBy(asc(reviewComments.createdAt), asc(reviewComments.id))
    .limit(500);
}
