import { hubDiscussionReports } from '#db/schema/hub-discussions';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { hit, retryMinutes } from '~/platform/rate-limit.server';
import { checkReport, discussionPostEntityType } from './discussion-policy';
import { loadPost } from './discussion-records.server';
import { reportInputSchema } from './discussion-schema';
import { postingLimit } from './post-reply.server';

/**
 * A reader reports someone else's post as abusive, with a reason; it waits in the moderators' queue.
 * One report per reader and post (a second says so); rate-limited like posting.
 */
export async function reportPost(options: {
  db?: DbOrTx;
  subject: Subject;
  postId: string;
  input: unknown;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  const { reason } = parseInput(reportInputSchema, options.input);
  const { post, space } = await loadPost(db, options.postId);
  checkReport(subject, space, post);
  const limited = await hit(`hub-discussion-report:user:${subject.userId}`, { ...postingLimit, now, db });
  if (!limited.allowed) {
    throw new AppError('discussionTooManyPosts', 429, { minutes: retryMinutes(limited.retryAfterSeconds) });
  }
  return db.transaction(async (tx) => {
    const [report] = await tx
      .insert(hubDiscussionReports)
      .values({ postId: post.id, reporterId: subject.userId, reason, createdAt: now })
      .onConflictDoNothing()
      .returning();
    if (!report) throw new AppError('discussionAlreadyReported', 409);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'hub.discussion.post.report',
      entityType: discussionPostEntityType,
      entityId: post.id,
      after: report,
      requestId: options.requestId,
    });
    return report;
  });
}
