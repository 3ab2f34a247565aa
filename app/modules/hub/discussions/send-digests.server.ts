import { and, asc, eq, gt, isNull, lte } from 'drizzle-orm';
import {
  hubDiscussionFollows,
  hubDiscussionPosts,
  hubDiscussionQuestions,
  hubDiscussionSpaces,
} from '#db/schema/hub-discussions';
import { mailContactOf } from '~/modules/accounts/users.server';
import { siteBaseUrl } from '~/platform/config.server';
import type { DbOrTx } from '~/platform/db.server';
import { isolate } from '~/platform/i18n/bidi';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { enqueueMail } from '~/platform/jobs/mail.server';
import { getDb, getPlatform } from '~/platform/platform.server';
import { digestDue, digestSince, selectNewPosts } from './digest-rules';
import { postPlainText } from './discussion-content.server';
import { canReadSpace } from './discussion-policy';
import { moderatorsOf } from './discussion-records.server';

/** Characters of a post quoted in a digest. */
const excerptMax = 280;

/**
 * The daily run: every follow whose digest is due (digest-rules.ts) is claimed by a conditional update
 * of last_sent_at (two runs never send it twice), and — when the space has posts new to the follower,
 * hidden ones never — one mail in the follower's language is queued in the same transaction, with the
 * space's link and an unfollow link. Safe to run again.
 */
export async function sendDiscussionDigests(
  options: { db?: DbOrTx; now?: Date; baseUrl?: string } = {},
): Promise<{ sent: number; due: number }> {
  const { db = getDb(), now = new Date() } = options;
  const origin = (options.baseUrl ?? siteBaseUrl(getPlatform().config)).replace(/\/+$/, '');
  const follows = await db.select().from(hubDiscussionFollows);
  const due = follows.filter((f) => digestDue(f, now));
  let sent = 0;
  for (const follow of due) {
    sent += await db.transaction(async (tx) => {
      const claimed = await tx
        .update(hubDiscussionFollows)
        .set({ lastSentAt: now })
        .where(
          and(
            eq(hubDiscussionFollows.spaceId, follow.spaceId),
            eq(hubDiscussionFollows.userId, follow.userId),
            follow.lastSentAt
              ? eq(hubDiscussionFollows.lastSentAt, follow.lastSentAt)
              : isNull(hubDiscussionFollows.lastSentAt),
          ),
        )
        .returning();
      if (!claimed.length) return 0;
      const since = digestSince(follow);
      const [space] = await tx
        .select()
        .from(hubDiscussionSpaces)
        .where(eq(hubDiscussionSpaces.id, follow.spaceId));
      const moderators = await moderatorsOf(tx, [follow.spaceId]);
      const subject = { userId: follow.userId, grants: [] };
      if (!space || !canReadSpace(subject, { ...space, moderatorIds: moderators.get(space.id) ?? [] }))
        return 0;
      const candidates = await tx
        .select({ post: hubDiscussionPosts, number: hubDiscussionQuestions.number })
        .from(hubDiscussionPosts)
        .innerJoin(hubDiscussionQuestions, eq(hubDiscussionQuestions.id, hubDiscussionPosts.questionId))
        .where(
          and(
            eq(hubDiscussionPosts.spaceId, space.id),
            isNull(hubDiscussionPosts.hiddenAt),
            gt(hubDiscussionPosts.createdAt, since),
            lte(hubDiscussionPosts.createdAt, now),
          ),
        )
        .orderBy(asc(hubDiscussionQuestions.number), asc(hubDiscussionPosts.createdAt));
      const fresh = selectNewPosts(
        candidates.map((c) => ({ ...c.post, number: c.number })),
        { since, now, followerId: follow.userId },
      );
      if (!fresh.length) return 0;
      const contact = await mailContactOf(tx, follow.userId);
      if (!contact) return 0;
      const i18n = serverI18n(contact.locale, contact.digits);
      const title = isolate(i18n.pick(space.title).text);
      const lines = fresh.map((p) => {
        const text = postPlainText(p).replace(/\s+/g, ' ');
        const excerpt = text.length > excerptMax ? `${text.slice(0, excerptMax - 1)}…` : text;
        return `${i18n.t('discussions.digest.question', { number: i18n.number(p.number) })}\n${isolate(excerpt)}`;
      });
      await enqueueMail({
        db: tx,
        to: contact.email,
        subject: i18n.t(`discussions.digest.subject.${follow.frequency}`, { title }),
        text: [
          i18n.t('discussions.digest.intro', { title, count: fresh.length }),
          ...lines,
          `${i18n.t('discussions.digest.open')} ${origin}/${contact.locale}/hub/discussions/${space.id}`,
          `${i18n.t('discussions.digest.unfollow')} ${origin}/${contact.locale}/hub/discussions/unfollow?token=${follow.unfollowToken}`,
        ].join('\n\n'),
        dedupeKey: `hub-discussion-digest:${space.id}:${follow.userId}:${now.toISOString()}`,
      });
      return 1;
    });
  }
  return { sent, due: due.length };
}
