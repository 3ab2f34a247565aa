import { and, eq } from 'drizzle-orm';
import { hubDiscussionPosts, hubDiscussionQuestions } from '#db/schema/hub-discussions';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, fieldRefusal, forbidden } from '~/platform/errors';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { hit, minutes, type RateLimitWindow, retryMinutes } from '~/platform/rate-limit.server';
import { syncDiscussionPosts } from './discussion-content.server';
import { checkPost, discussionPostEntityType } from './discussion-policy';
import { loadSpace } from './discussion-records.server';
import { postInputSchema } from './discussion-schema';

/** A person may post this many times in ten minutes, across all spaces. */
export const postingLimit: RateLimitWindow = { limit: 10, windowMs: minutes(10) };

/**
 * A signed-in reader answers a question of an open space, or replies to a post under the same
 * question (a reply to a reply is kept at its depth; pages show one level of nesting). Rate-limited
 * per person; the post, its audit entry and its index row commit together.
 */
export async function postReply(options: {
  db?: DbOrTx;
  subject: Subject;
  spaceId: string;
  input: unknown;
  now?: Date;
  isSample?: boolean;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  if (!subject.userId) throw forbidden();
  const input = parseInput(postInputSchema, options.input);
  const space = await loadSpace(db, options.spaceId);
  checkPost(subject, space, now);
  const limited = await hit(`hub-discussion-post:user:${subject.userId}`, { ...postingLimit, now, db });
  if (!limited.allowed) {
    throw new AppError('discussionTooManyPosts', 429, { minutes: retryMinutes(limited.retryAfterSeconds) });
  }
  return db.transaction(async (tx) => {
    const [question] = await tx
      .select()
      .from(hubDiscussionQuestions)
      .where(
        and(eq(hubDiscussionQuestions.id, input.questionId), eq(hubDiscussionQuestions.spaceId, space.id)),
      )
      .limit(1);
    if (!question) throw fieldRefusal('questionId', 'invalidChoice');
    let depth = 0;
    if (input.parentId) {
      const [parent] = await tx
        .select()
        .from(hubDiscussionPosts)
        .where(eq(hubDiscussionPosts.id, input.parentId))
        .limit(1);
      if (!parent || parent.questionId !== question.id) throw fieldRefusal('parentId', 'invalidChoice');
      if (parent.hiddenAt) throw new AppError('discussionPostHidden', 409);
      depth = parent.depth + 1;
    }
    const [post] = await tx
      .insert(hubDiscussionPosts)
      .values({
        spaceId: space.id,
        questionId: question.id,
        parentId: input.parentId ?? null,
        depth,
        authorId: subject.userId,
        body: input.body,
        format: input.format,
        language: input.language,
        isSample: options.isSample ?? false,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'hub.discussion.post',
      entityType: discussionPostEntityType,
      entityId: post!.id,
      after: post!,
      requestId: options.requestId,
    });
    await syncDiscussionPosts(tx, [post!.id]);
    return post!;
  });
}
