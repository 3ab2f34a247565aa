import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import {
  hubDiscussionModerators,
  hubDiscussionPosts,
  hubDiscussionReports,
  hubDiscussionSpaces,
} from '#db/schema/hub-discussions';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { forbidden } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { canManageSpaces } from './discussion-policy';
import { namesOf } from './discussion-records.server';

/**
 * The spaces the viewer moderates (null: every space, for a Hub editor); forbidden (403) to someone
 * who moderates nothing. The queue's page and its actions both start here, before any form is read.
 */
export async function moderatedSpaces(options: { db?: DbOrTx; subject: Subject }): Promise<string[] | null> {
  const { db = getDb(), subject } = options;
  if (!subject.userId) throw forbidden();
  if (canManageSpaces(subject)) return null;
  const spaceIds = (
    await db
      .select({ spaceId: hubDiscussionModerators.spaceId })
      .from(hubDiscussionModerators)
      .where(eq(hubDiscussionModerators.userId, subject.userId))
  ).map((r) => r.spaceId);
  if (!spaceIds.length) throw forbidden();
  return spaceIds;
}

/**
 * The moderators' queue: open reports on posts of the spaces the viewer moderates (every space for a
 * Hub editor), oldest first, each with the post's text, its space and the reporter's reason. Someone
 * who moderates nothing is refused.
 */
export async function reportQueue(options: { db?: DbOrTx; subject: Subject }) {
  const { db = getDb(), subject } = options;
  const spaceIds = await moderatedSpaces({ db, subject });
  const rows = await db
    .select({ report: hubDiscussionReports, post: hubDiscussionPosts, spaceTitle: hubDiscussionSpaces.title })
    .from(hubDiscussionReports)
    .innerJoin(hubDiscussionPosts, eq(hubDiscussionPosts.id, hubDiscussionReports.postId))
    .innerJoin(hubDiscussionSpaces, eq(hubDiscussionSpaces.id, hubDiscussionPosts.spaceId))
    .where(
      and(
        isNull(hubDiscussionReports.resolvedAt),
        spaceIds ? inArray(hubDiscussionPosts.spaceId, spaceIds) : undefined,
      ),
    )
    .orderBy(asc(hubDiscussionReports.createdAt));
  const names = await namesOf(
    db,
    rows.flatMap((r) => [r.post.authorId, r.report.reporterId]),
  );
  return rows.map(({ report, post, spaceTitle }) => ({
    id: report.id,
    reason: report.reason,
    reportedAt: report.createdAt,
    reporterName: report.reporterId ? (names.get(report.reporterId) ?? null) : null,
    post: {
      id: post.id,
      body: post.body,
      format: post.format,
      language: post.language,
      authorName: post.authorId ? (names.get(post.authorId) ?? null) : null,
      hidden: Boolean(post.hiddenAt),
    },
    space: { id: post.spaceId, title: spaceTitle },
  }));
}

/** Does the viewer moderate any space (the Hub home's link to the queue)? */
export async function moderatesAny(db: DbOrTx, subject: Subject): Promise<boolean> {
  if (!subject.userId) return false;
  if (canManageSpaces(subject)) return true;
  const [row] = await db
    .select({ spaceId: hubDiscussionModerators.spaceId })
    .from(hubDiscussionModerators)
    .where(eq(hubDiscussionModerators.userId, subject.userId))
    .limit(1);
  return Boolean(row);
}
