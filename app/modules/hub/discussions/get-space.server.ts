import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { DiscussionLanguage } from '#db/schema/hub-discussion-values';
import {
  hubDiscussionFollows,
  hubDiscussionPosts,
  hubDiscussionReports,
  hubDiscussionSummaries,
} from '#db/schema/hub-discussions';
import { getTags } from '~/modules/tagging/get-tags.server';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import {
  canEditPost,
  canModerate,
  canPost,
  canPublishSummary,
  canReport,
  checkReadSpace,
  discussionEntityType,
  spacePhase,
} from './discussion-policy';
import {
  audienceGroupNames,
  loadQuestions,
  loadSpace,
  namesOf,
  type PostRow,
} from './discussion-records.server';
import { markLooked } from './follow-space.server';

export interface PostView {
  id: string;
  parentId: string | null;
  depth: number;
  authorName: string | null;
  /** The author's name of the post this one answers, for replies below the first level. */
  replyToName: string | null;
  /** Null when hidden: the text of a hidden post is not sent to the page. */
  body: string | null;
  format: 'plain' | 'markdown';
  language: 'ar' | 'en';
  createdAt: Date;
  editedAt: Date | null;
  hidden: { reason: string } | null;
  version: number;
  canEdit: boolean;
  canReport: boolean;
  canHide: boolean;
  isSample: boolean;
}

/** A thread: a post answering the question and every reply below it (shown one level deep). */
export interface ThreadView {
  post: PostView;
  replies: PostView[];
}

/** Top-level posts in order, each with its descendants in the order they were written. */
export function threadsOf(posts: readonly PostView[]): ThreadView[] {
  const byId = new Map(posts.map((p) => [p.id, p]));
  const rootOf = (p: PostView): PostView => {
    let current = p;
    for (let i = 0; i < 1000 && current.parentId; i++) {
      const parent = byId.get(current.parentId);
      if (!parent) break;
      current = parent;
    }
    return current;
  };
  const threads = new Map<string, ThreadView>();
  for (const p of posts) if (!p.parentId) threads.set(p.id, { post: p, replies: [] });
  for (const p of posts) if (p.parentId) threads.get(rootOf(p).id)?.replies.push(p);
  return [...threads.values()];
}

/**
 * The space page: the space, its questions with their threads, its latest summary, and what the
 * viewer may do (post, edit, report, hide, follow, publish the summary). Opening it stamps the
 * follower's last look, so their next digest tells only what came after.
 */
export async function getSpace(options: { db?: DbOrTx; subject: Subject; spaceId: string; now?: Date }) {
  const { db = getDb(), subject, now = new Date() } = options;
  const space = await loadSpace(db, options.spaceId);
  checkReadSpace(subject, space);
  const moderator = canModerate(subject, space);
  const [questions, posts, summaries, follow, tags, openReports, groups] = await readTogether(db, [
    () => loadQuestions(db, space.id),
    () =>
      db
        .select()
        .from(hubDiscussionPosts)
        .where(eq(hubDiscussionPosts.spaceId, space.id))
        .orderBy(asc(hubDiscussionPosts.createdAt), asc(hubDiscussionPosts.id)),
    () =>
      db
        .select()
        .from(hubDiscussionSummaries)
        .where(eq(hubDiscussionSummaries.spaceId, space.id))
        .orderBy(desc(hubDiscussionSummaries.version))
        .limit(1),
    async () =>
      subject.userId
        ? ((
            await db
              .select({ frequency: hubDiscussionFollows.frequency })
              .from(hubDiscussionFollows)
              .where(
                and(
                  eq(hubDiscussionFollows.spaceId, space.id),
                  eq(hubDiscussionFollows.userId, subject.userId),
                ),
              )
          )[0] ?? null)
        : null,
    async () =>
      (await getTags({ db, entityType: discussionEntityType, entityIds: [space.id] })).get(space.id),
    async () =>
      moderator
        ? (
            await db
              .select({ id: hubDiscussionReports.id })
              .from(hubDiscussionReports)
              .innerJoin(hubDiscussionPosts, eq(hubDiscussionPosts.id, hubDiscussionReports.postId))
              .where(and(eq(hubDiscussionPosts.spaceId, space.id), isNull(hubDiscussionReports.resolvedAt)))
          ).length
        : 0,
    () => audienceGroupNames(db, space.audience === 'groups' ? space.audienceGroups : []),
  ]);
  const names = await namesOf(db, [...posts.map((p) => p.authorId), ...space.moderatorIds]);
  const byId = new Map<string, PostRow>(posts.map((p) => [p.id, p]));
  const view = (p: PostRow): PostView => {
    const parent = p.parentId ? byId.get(p.parentId) : undefined;
    return {
      id: p.id,
      parentId: p.parentId,
      depth: p.depth,
      authorName: p.authorId ? (names.get(p.authorId) ?? null) : null,
      replyToName: parent && p.depth > 1 && parent.authorId ? (names.get(parent.authorId) ?? null) : null,
      body: p.hiddenAt ? null : p.body,
      format: p.format,
      language: p.language,
      createdAt: p.createdAt,
      editedAt: p.editedAt,
      hidden: p.hiddenAt ? { reason: p.hiddenReason ?? '' } : null,
      version: p.version,
      canEdit: canEditPost(subject, space, p, now),
      canReport: canReport(subject, space, p),
      canHide: moderator && !p.hiddenAt,
      isSample: p.isSample,
    };
  };
  if (follow && subject.userId) await markLooked({ db, userId: subject.userId, spaceId: space.id, now });
  return {
    space: {
      id: space.id,
      title: space.title,
      description: space.description,
      originalLanguage: space.originalLanguage,
      languages: space.languages as DiscussionLanguage[],
      audience: space.audience,
      groups,
      opensAt: space.opensAt,
      closesAt: space.closesAt,
      phase: spacePhase(space, now),
      version: space.version,
      isSample: space.isSample,
      moderators: space.moderatorIds.map((id) => names.get(id) ?? '').filter(Boolean),
      objectives: tags?.objectives ?? [],
    },
    questions: questions.map((q) => ({
      id: q.id,
      number: q.number,
      text: q.text,
      threads: threadsOf(posts.filter((p) => p.questionId === q.id).map(view)),
    })),
    summary: summaries[0]
      ? {
          text: summaries[0].text,
          version: summaries[0].version,
          publishedAt: summaries[0].publishedAt,
          // Posts written after it (a space reopened by a later closing date): the summary is stale.
          postsSince: posts.filter((p) => !p.hiddenAt && p.createdAt > summaries[0]!.publishedAt).length,
        }
      : null,
    follow,
    can: {
      post: canPost(subject, space, now),
      moderate: moderator,
      publishSummary: canPublishSummary(subject, space, now),
      follow: Boolean(subject.userId),
    },
    openReports,
  };
}
