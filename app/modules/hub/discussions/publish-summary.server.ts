import { desc, eq } from 'drizzle-orm';
import { hubDiscussionSummaries } from '#db/schema/hub-discussions';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { staleVersion } from '~/platform/errors';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { syncDiscussions } from './discussion-content.server';
import { checkPublishSummary, discussionEntityType } from './discussion-policy';
import { loadSpace } from './discussion-records.server';
import { summaryInputSchema } from './discussion-schema';

/**
 * A moderator publishes the summary of a closed space (Arabic and/or English). Each publication is a
 * new version; the form names the version it read (0 for none), so a stale one answers 409.
 */
export async function publishSummary(options: {
  db?: DbOrTx;
  subject: Subject;
  spaceId: string;
  input: unknown;
  expectedVersion: number;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  return db.transaction(async (tx) => {
    const space = await loadSpace(tx, options.spaceId, { lock: true });
    checkPublishSummary(subject, space, now);
    // Read only once the moderator is known: anyone else is refused 403/404, never told the form is bad.
    const input = parseInput(summaryInputSchema, options.input);
    const [latest] = await tx
      .select()
      .from(hubDiscussionSummaries)
      .where(eq(hubDiscussionSummaries.spaceId, space.id))
      .orderBy(desc(hubDiscussionSummaries.version))
      .limit(1);
    const current = latest?.version ?? 0;
    if (current !== options.expectedVersion) throw staleVersion(latest ?? null);
    const [summary] = await tx
      .insert(hubDiscussionSummaries)
      .values({
        spaceId: space.id,
        version: current + 1,
        text: input.text,
        originalLanguage: input.originalLanguage,
        publishedBy: subject.userId,
        publishedAt: now,
      })
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'hub.discussion.summary.publish',
      entityType: discussionEntityType,
      entityId: space.id,
      before: latest ?? null,
      after: summary!,
      requestId: options.requestId,
    });
    await syncDiscussions(tx, [space.id]);
    return summary!;
  });
}
