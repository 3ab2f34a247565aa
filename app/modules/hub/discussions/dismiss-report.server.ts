import { eq } from 'drizzle-orm';
import { hubDiscussionReports } from '#db/schema/hub-discussions';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { checkModerate, discussionPostEntityType } from './discussion-policy';
import { loadPost } from './discussion-records.server';

/** A moderator dismisses a report: the post stays as it is and the report leaves the queue. */
export async function dismissReport(options: {
  db?: DbOrTx;
  subject: Subject;
  reportId: string;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  if (!isUuid(options.reportId)) throw notFound();
  return db.transaction(async (tx) => {
    const [report] = await tx
      .select()
      .from(hubDiscussionReports)
      .where(eq(hubDiscussionReports.id, options.reportId))
      .for('update')
      .limit(1);
    if (!report) throw notFound();
    const { space } = await loadPost(tx, report.postId);
    checkModerate(subject, space);
    if (report.resolvedAt) throw new AppError('discussionReportResolved', 409);
    const [after] = await tx
      .update(hubDiscussionReports)
      .set({ resolution: 'dismissed', resolvedBy: subject.userId, resolvedAt: now })
      .where(eq(hubDiscussionReports.id, report.id))
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'hub.discussion.report.dismiss',
      entityType: discussionPostEntityType,
      entityId: report.postId,
      before: report,
      after: after!,
      requestId: options.requestId,
    });
    return after!;
  });
}
