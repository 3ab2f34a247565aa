import { sql } from 'drizzle-orm';
import type { DigitsPreference } from '#db/schema/accounts';
import type { Translated } from '#db/schema/columns';
import type { DigestFrequency } from '#db/schema/hub-discussion-values';
import { loadGrantsOf } from '~/modules/accounts/session.server';
import { subjectKeys } from '~/permissions/access-keys';
import { siteBaseUrl } from '~/platform/config.server';
import type { DbOrTx } from '~/platform/db.server';
import { isolate } from '~/platform/i18n/bidi';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { enqueueMail } from '~/platform/jobs/mail.server';
import { getDb, getPlatform } from '~/platform/platform.server';
import { digestDueSql, digestSinceSql } from './digest-rules';
import { postPlainText } from './discussion-content.server';

/** Characters of a post quoted in a digest. */
const excerptMax = 280;

/** Follows claimed and told per transaction. */
export const DIGEST_BATCH = 200;

type ClaimedFollow = {
  space_id: string;
  user_id: string;
  frequency: DigestFrequency;
  unfollow_token: string;
  since: string | Date;
};

type DigestRow = {
  space_id: string;
  user_id: string;
  frequency: DigestFrequency;
  unfollow_token: string;
  title: Translated;
  email: string;
  locale: 'ar' | 'en';
  digits: DigitsPreference;
  posts: { number: number; body: string; format: string }[];
};

/**
 * The daily run, batch by batch until no follow is due: one statement claims a batch of due follows
 * (digest-rules.ts) by moving last_sent_at (a concurrent run re-checks the row and skips it, so
 * nothing is sent twice); one query builds every digest of the batch — posts newer than the
 * follower's last look and last digest, not theirs, and only those the follower may read by the
 * content index's read rule (hidden posts are not in the index, a space the follower has left the
 * audience of tells nothing) — and one mail per follower and space is queued in the same
 * transaction, in the follower's language, with the space's link and an unfollow link. Safe to run again.
 */
export async function sendDiscussionDigests(
  options: { db?: DbOrTx; now?: Date; baseUrl?: string; batchSize?: number } = {},
): Promise<{ sent: number; due: number }> {
  const { db = getDb(), now = new Date(), batchSize = DIGEST_BATCH } = options;
  const origin = (options.baseUrl ?? siteBaseUrl(getPlatform().config)).replace(/\/+$/, '');
  let sent = 0;
  let due = 0;
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      const claimed = (
        await tx.execute<ClaimedFollow>(sql`update hub_discussion_follows f set last_sent_at = ${now.toISOString()}::timestamptz
          from (select space_id, user_id, last_sent_at, ${digestSinceSql(sql`d`)} as since
                from hub_discussion_follows d where ${digestDueSql(sql`d`, now)}
                order by d.user_id, d.space_id limit ${batchSize}) c
          where f.space_id = c.space_id and f.user_id = c.user_id
            and f.last_sent_at is not distinct from c.last_sent_at
          returning f.space_id, f.user_id, f.frequency, f.unfollow_token, c.since`)
      ).rows;
      if (!claimed.length) return { claimed: 0, sent: 0 };
      const grants = await loadGrantsOf(tx, [...new Set(claimed.map((c) => c.user_id))]);
      const follows = claimed.map((c) => ({
        space_id: c.space_id,
        user_id: c.user_id,
        since: new Date(c.since).toISOString(),
        keys: subjectKeys({ userId: c.user_id, grants: grants.get(c.user_id) ?? [] }),
      }));
      const digests = (
        await tx.execute<DigestRow>(sql`select f.space_id, f.user_id, hf.frequency, hf.unfollow_token,
            s.title, u.email, u.locale, u.digits,
            json_agg(json_build_object('number', q.number, 'body', p.body, 'format', p.format)
                     order by q.number, p.created_at, p.id) as posts
          from json_to_recordset(${JSON.stringify(follows)}::json)
                 as f(space_id uuid, user_id uuid, since timestamptz, keys text[])
          join hub_discussion_follows hf on hf.space_id = f.space_id and hf.user_id = f.user_id
          join hub_discussion_spaces s on s.id = f.space_id
          join users u on u.id = f.user_id and u.disabled_at is null
          join hub_discussion_posts p on p.space_id = f.space_id and p.hidden_at is null
            and p.created_at > f.since and p.created_at <= ${now.toISOString()}::timestamptz
            and p.author_id is distinct from f.user_id
          join content_items ci on ci.type = 'discussion_post' and ci.id = p.id::text
            and (ci.visibility in ('public', 'signed_in') or ci.readers && f.keys)
          join hub_discussion_questions q on q.id = p.question_id
          group by f.space_id, f.user_id, hf.frequency, hf.unfollow_token, s.title, u.email, u.locale, u.digits`)
      ).rows;
      for (const d of digests) await queueDigest(tx, d, { origin, now });
      return { claimed: claimed.length, sent: digests.length };
    });
    due += batch.claimed;
    sent += batch.sent;
    if (batch.claimed < batchSize) break;
  }
  return { sent, due };
}

async function queueDigest(tx: DbOrTx, d: DigestRow, options: { origin: string; now: Date }) {
  const i18n = serverI18n(d.locale, d.digits);
  const title = isolate(i18n.pick(d.title).text);
  const lines = d.posts.map((p) => {
    const text = postPlainText(p).replace(/\s+/g, ' ');
    const excerpt = text.length > excerptMax ? `${text.slice(0, excerptMax - 1)}…` : text;
    return `${i18n.t('discussions.digest.question', { number: i18n.number(p.number) })}\n${isolate(excerpt)}`;
  });
  const page = `${options.origin}/${d.locale}/hub/discussions`;
  await enqueueMail({
    db: tx,
    to: d.email,
    subject: i18n.t(`discussions.digest.subject.${d.frequency}`, { title }),
    text: [
      i18n.t('discussions.digest.intro', { title, count: d.posts.length }),
      ...lines,
      `${i18n.t('discussions.digest.open')} ${page}/${d.space_id}`,
      `${i18n.t('discussions.digest.unfollow')} ${page}/unfollow?token=${d.unfollow_token}`,
    ].join('\n\n'),
    dedupeKey: `hub-discussion-digest:${d.space_id}:${d.user_id}:${options.now.toISOString()}`,
  });
}
