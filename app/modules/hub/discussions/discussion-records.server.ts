import { asc, eq, inArray, sql } from 'drizzle-orm';
import { users } from '#db/schema/accounts';
import {
  hubDiscussionModerators,
  hubDiscussionPosts,
  hubDiscussionQuestions,
  hubDiscussionSpaces,
} from '#db/schema/hub-discussions';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal, notFound } from '~/platform/errors';
import { isUuid } from '~/platform/uuid';
import type { SpaceRef } from './discussion-policy';

export type SpaceRow = typeof hubDiscussionSpaces.$inferSelect;
export type PostRow = typeof hubDiscussionPosts.$inferSelect;
export type QuestionRow = typeof hubDiscussionQuestions.$inferSelect;
export type SpaceWithModerators = SpaceRow & SpaceRef;

/** The moderators of many spaces, by space. */
export async function moderatorsOf(db: DbOrTx, spaceIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(spaceIds.map((id) => [id, []]));
  if (!spaceIds.length) return out;
  const rows = await db
    .select()
    .from(hubDiscussionModerators)
    .where(inArray(hubDiscussionModerators.spaceId, [...spaceIds]));
  for (const r of rows) out.get(r.spaceId)?.push(r.userId);
  return out;
}

/** The space with its moderators, locked for update when asked (404 for a malformed or unknown id). */
export async function loadSpace(
  db: DbOrTx,
  id: string,
  options: { lock?: boolean } = {},
): Promise<SpaceWithModerators> {
  if (!isUuid(id)) throw notFound();
  const query = db.select().from(hubDiscussionSpaces).where(eq(hubDiscussionSpaces.id, id)).limit(1);
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw notFound();
  const moderators = await moderatorsOf(db, [row.id]);
  return { ...row, moderatorIds: moderators.get(row.id) ?? [] };
}

export async function loadQuestions(db: DbOrTx, spaceId: string): Promise<QuestionRow[]> {
  return db
    .select()
    .from(hubDiscussionQuestions)
    .where(eq(hubDiscussionQuestions.spaceId, spaceId))
    .orderBy(asc(hubDiscussionQuestions.number));
}

/** A post with its space (404 when either is unknown). */
export async function loadPost(db: DbOrTx, id: string, options: { lock?: boolean } = {}) {
  if (!isUuid(id)) throw notFound();
  const query = db.select().from(hubDiscussionPosts).where(eq(hubDiscussionPosts.id, id)).limit(1);
  const [post] = options.lock ? await query.for('update') : await query;
  if (!post) throw notFound();
  return { post, space: await loadSpace(db, post.spaceId) };
}

/** The users named by e-mail (moderators), refused beside `moderators` when one is unknown. */
export async function usersByEmail(db: DbOrTx, emails: readonly string[]): Promise<string[]> {
  if (!emails.length) return [];
  const rows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, [...emails]));
  const byEmail = new Map(rows.map((r) => [r.email.toLowerCase(), r.id]));
  const missing = emails.find((e) => !byEmail.has(e));
  if (missing) throw fieldRefusal('moderators', 'discussionModeratorUnknown', { params: { email: missing } });
  return emails.map((e) => byEmail.get(e)!);
}

/** Names of people (authors, moderators) by id — names only, never e-mails. */
export async function namesOf(db: DbOrTx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (!wanted.length) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The questions of many spaces, by space, in number order. */
export async function loadQuestionsOf(
  db: DbOrTx,
  spaceIds: readonly string[],
): Promise<Map<string, QuestionRow[]>> {
  const out = new Map<string, QuestionRow[]>(spaceIds.map((id) => [id, []]));
  if (!spaceIds.length) return out;
  const rows = await db
    .select()
    .from(hubDiscussionQuestions)
    .where(inArray(hubDiscussionQuestions.spaceId, [...spaceIds]))
    .orderBy(asc(hubDiscussionQuestions.number));
  for (const r of rows) out.get(r.spaceId)?.push(r);
  return out;
}
