import { and, eq } from 'drizzle-orm';
import { hubDiscussionFollows } from '#db/schema/hub-discussions';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import { randomToken } from '~/platform/crypto.server';
import type { DbOrTx } from '~/platform/db.server';
import { forbidden } from '~/platform/errors';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { checkReadSpace, discussionEntityType } from './discussion-policy';
import { loadSpace } from './discussion-records.server';
import { followInputSchema } from './discussion-schema';

/**
 * A signed-in reader follows a space with a daily or weekly digest (following again changes the
 * frequency). "New" starts now: the last-looked stamp is set to the moment they follow.
 */
export async function followSpace(options: {
  db?: DbOrTx;
  subject: Subject;
  spaceId: string;
  input: unknown;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  if (!subject.userId) throw forbidden();
  const { frequency } = parseInput(followInputSchema, options.input);
  const userId = subject.userId;
  return db.transaction(async (tx) => {
    const space = await loadSpace(tx, options.spaceId);
    checkReadSpace(subject, space);
    const [follow] = await tx
      .insert(hubDiscussionFollows)
      .values({
        spaceId: space.id,
        userId,
        frequency,
        lastLookedAt: now,
        unfollowToken: randomToken(24),
        createdAt: now,
      })
      .onConflictDoUpdate({
        target: [hubDiscussionFollows.spaceId, hubDiscussionFollows.userId],
        set: { frequency },
      })
      .returning();
    await recordAudit(tx, {
      actorId: userId,
      action: 'hub.discussion.follow',
      entityType: discussionEntityType,
      entityId: space.id,
      after: { userId, frequency },
      requestId: options.requestId,
    });
    return follow!;
  });
}

/**
 * Stops a follow, by the signed-in follower or by the token of the digest's unfollow link (which
 * needs no sign-in). Unknown tokens and follows that are already gone are answered alike (false).
 */
export async function unfollowSpace(options: {
  db?: DbOrTx;
  subject?: Subject;
  spaceId?: string;
  token?: string;
  requestId?: string;
}): Promise<boolean> {
  const { db = getDb(), subject } = options;
  const where = options.token
    ? eq(hubDiscussionFollows.unfollowToken, options.token)
    : subject?.userId && options.spaceId
      ? and(
          eq(hubDiscussionFollows.spaceId, options.spaceId),
          eq(hubDiscussionFollows.userId, subject.userId),
        )
      : null;
  if (!where) throw forbidden();
  return db.transaction(async (tx) => {
    const [gone] = await tx.delete(hubDiscussionFollows).where(where).returning();
    if (!gone) return false;
    await recordAudit(tx, {
      actorId: gone.userId,
      action: 'hub.discussion.unfollow',
      entityType: discussionEntityType,
      entityId: gone.spaceId,
      before: { userId: gone.userId, frequency: gone.frequency },
      requestId: options.requestId,
    });
    return true;
  });
}

/** The follower opened the space: what is newer than now is what their next digest tells. */
export async function markLooked(options: { db?: DbOrTx; userId: string; spaceId: string; now?: Date }) {
  const { db = getDb(), now = new Date() } = options;
  await db
    .update(hubDiscussionFollows)
    .set({ lastLookedAt: now })
    .where(
      and(eq(hubDiscussionFollows.spaceId, options.spaceId), eq(hubDiscussionFollows.userId, options.userId)),
    );
}
