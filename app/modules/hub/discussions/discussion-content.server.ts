import { and, desc, inArray, isNull } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { hubDiscussionPosts, hubDiscussionSpaces, hubDiscussionSummaries } from '#db/schema/hub-discussions';
import { contentTags, yearOf } from '~/modules/content/content-tags.server';
import { defineContentType } from '~/modules/content/content-type';
import { syncContent } from '~/modules/content/sync-content.server';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { markdownPlainText } from '~/platform/text/safe-markdown';
import { isUuid } from '~/platform/uuid';
import { discussionEntityType, spaceReadRule } from './discussion-policy';
import { loadQuestionsOf, withReadRule } from './discussion-records.server';

/** Characters of a post kept as its title in search results. */
const postTitleMax = 120;

const joinTranslated = (texts: readonly Translated[]): Translated => {
  const out: Translated = {};
  for (const lang of ['ar', 'en'] as const) {
    const parts = texts.map((t) => t[lang]).filter(Boolean);
    if (parts.length) out[lang] = parts.join('\n');
  }
  return out;
};

/** The post's words as plain text (Markdown marks dropped). */
export const postPlainText = (post: { body: string; format: string }) =>
  post.format === 'markdown' ? markdownPlainText(post.body) : post.body;

/**
 * Discussion spaces in the content index: a public space is public whether upcoming, open or closed
 * (a closed space stays readable); a signed-in space is read by anyone signed in, a groups space by
 * its groups' members, moderators and the Hub editors (spaceReadRule). The body holds the
 * numbered questions and the latest published summary, so search finds a space by them.
 */
export const discussionContent = defineContentType({
  key: 'discussion',
  version: 2,
  async allIds(db) {
    return (await db.select({ id: hubDiscussionSpaces.id }).from(hubDiscussionSpaces)).map((r) => r.id);
  },
  async project(db, ids) {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await withReadRule(
      db,
      await db.select().from(hubDiscussionSpaces).where(inArray(hubDiscussionSpaces.id, valid)),
    );
    if (!rows.length) return [];
    const spaceIds = rows.map((r) => r.id);
    const [tags, questions, summaries] = await readTogether(db, [
      () => contentTags(db, { tagEntityType: discussionEntityType, ids: spaceIds }),
      () => loadQuestionsOf(db, spaceIds),
      () =>
        db
          .select()
          .from(hubDiscussionSummaries)
          .where(inArray(hubDiscussionSummaries.spaceId, spaceIds))
          .orderBy(desc(hubDiscussionSummaries.version)),
    ]);
    return rows.map((row) => {
      const summary = summaries.find((s) => s.spaceId === row.id);
      return {
        id: row.id,
        ...spaceReadRule(row),
        status: 'published',
        originalLanguage: row.originalLanguage,
        title: row.title,
        summary: row.description,
        body: joinTranslated([...(questions.get(row.id) ?? []).map((q) => q.text), summary?.text ?? {}]),
        ...tags.get(row.id)!,
        year: yearOf(row.opensAt),
        publishedAt: row.opensAt,
        updatedAt: row.updatedAt,
        path: `/hub/discussions/${row.id}`,
        isSample: row.isSample,
      };
    });
  },
});

/**
 * Posts in the content index, read as their space is read; a hidden post is not in the index at all
 * (it leaves search, feeds and counts at once), nor in allIds.
 */
export const discussionPostContent = defineContentType({
  key: 'discussion_post',
  version: 2,
  async allIds(db) {
    return (
      await db
        .select({ id: hubDiscussionPosts.id })
        .from(hubDiscussionPosts)
        .where(isNull(hubDiscussionPosts.hiddenAt))
    ).map((r) => r.id);
  },
  async project(db, ids) {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const posts = await db
      .select()
      .from(hubDiscussionPosts)
      .where(and(inArray(hubDiscussionPosts.id, valid), isNull(hubDiscussionPosts.hiddenAt)));
    if (!posts.length) return [];
    const spaceIds = [...new Set(posts.map((p) => p.spaceId))];
    const [spaces, tags] = await readTogether(db, [
      async () =>
        withReadRule(
          db,
          await db.select().from(hubDiscussionSpaces).where(inArray(hubDiscussionSpaces.id, spaceIds)),
        ),
      () => contentTags(db, { tagEntityType: discussionEntityType, ids: spaceIds }),
    ]);
    const spaceOf = new Map(spaces.map((s) => [s.id, s]));
    return posts.map((post) => {
      const space = spaceOf.get(post.spaceId)!;
      const text = postPlainText(post);
      const title = text.length > postTitleMax ? `${text.slice(0, postTitleMax - 1).trimEnd()}…` : text;
      return {
        id: post.id,
        ...spaceReadRule(space),
        status: 'published',
        originalLanguage: post.language,
        title: { [post.language]: title },
        summary: space.title,
        body: { [post.language]: text },
        ...tags.get(space.id)!,
        year: yearOf(post.createdAt),
        publishedAt: post.createdAt,
        updatedAt: post.updatedAt,
        path: `/hub/discussions/${space.id}#post-${post.id}`,
        isSample: post.isSample,
      };
    });
  },
});

export const syncDiscussionPosts = (db: DbOrTx, ids: readonly string[]) =>
  syncContent(db, discussionPostContent, ids);

/** Re-projects spaces and every post in them (their audience and tags are the space's). */
export async function syncDiscussions(db: DbOrTx, spaceIds: readonly string[]) {
  await syncContent(db, discussionContent, spaceIds);
  if (!spaceIds.length) return;
  const posts = await db
    .select({ id: hubDiscussionPosts.id })
    .from(hubDiscussionPosts)
    .where(inArray(hubDiscussionPosts.spaceId, [...spaceIds]));
  if (posts.length)
    await syncDiscussionPosts(
      db,
      posts.map((p) => p.id),
    );
}
