import { eq } from 'drizzle-orm';
import { hubDiscussionPosts, hubDiscussionPostVersions } from '#db/schema/hub-discussions';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { syncDiscussionPosts } from './discussion-content.server';
import { checkEditPost, discussionPostEntityType } from './discussion-policy';
import { loadPost } from './discussion-records.server';
import { postEditSchema } from './discussion-schema';

/**
 * The author corrects their post within the edit window while the space is open. Versioned: the
 * text before the edit is kept as a post version, and a stale save answers 409.
 */
export async function editPost(options: {
  db?: DbOrTx;
  subject: Subject;
  postId: string;
  input: unknown;
  expectedVersion: number;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  const input = parseInput(postEditSchema, options.input);
  return db.transaction(async (tx) => {
    const { post, space } = await loadPost(tx, options.postId, { lock: true });
    checkEditPost(subject, space, post, now);
    const { before, after } = await updateVersioned({
      db: tx,
      table: hubDiscussionPosts,
      where: eq(hubDiscussionPosts.id, post.id),
      expectedVersion: options.expectedVersion,
      set: { body: input.body, format: input.format, editedAt: now },
    });
    await tx.insert(hubDiscussionPostVersions).values({
      postId: post.id,
      version: before.version,
      body: before.body,
      format: before.format,
      createdAt: now,
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'hub.discussion.post.edit',
      entityType: discussionPostEntityType,
      entityId: post.id,
      before,
      after,
      requestId: options.requestId,
    });
    await syncDiscussionPosts(tx, [post.id]);
    return after;
  });
}
