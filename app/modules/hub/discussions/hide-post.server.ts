import { and, eq, isNull } from 'drizzle-orm';
import { hubDiscussionPosts, hubDiscussionReports } from '#db/schema/hub-discussions';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { syncDiscussionPosts } from './discussion-content.server';
import { checkModerate, discussionPostEntityType } from './discussion-policy';
import { loadPost } from './discussion-records.server';
import { hideInputSchema } from './discussion-schema';

/**
 * A moderator of the space (or a Hub editor) hides a post with a reason shown in its place; its open
 * reports are resolved as hidden, and the post leaves the content index (search, feeds, counts) and
 * digests. The text is kept for the record.
 */
export async function hidePost(options: {
  db?: DbOrTx;
  subject: Subject;
  postId: string;
  input: unknown;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  return db.transaction(async (tx) => {
    const { post, space } = await loadPost(tx, options.postId, { lock: true });
    checkModerate(subject, space);
    // Read only once the moderator is known: anyone else is refused 403/404, never told the form is bad.
    const { reason } = parseInput(hideInputSchema, options.input);
    if (post.hiddenAt) throw new AppError('discussionPostHidden', 409);
    const [after] = await tx
      .update(hubDiscussionPosts)
      .set({ hiddenAt: now, hiddenBy: subject.userId, hiddenReason: reason, updatedAt: now })
      .where(eq(hubDiscussionPosts.id, post.id))
      .returning();
    await tx
      .update(hubDiscussionReports)
      .set({ resolution: 'hidden', resolvedBy: subject.userId, resolvedAt: now })
      .where(and(eq(hubDiscussionReports.postId, post.id), isNull(hubDiscussionReports.resolvedAt)));
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'hub.discussion.post.hide',
      entityType: discussionPostEntityType,
      entityId: post.id,
      before: { hiddenAt: null },
      after: { hiddenAt: after!.hiddenAt, hiddenReason: reason },
      requestId: options.requestId,
    });
    await syncDiscussionPosts(tx, [post.id]);
    return after!;
  });
}
