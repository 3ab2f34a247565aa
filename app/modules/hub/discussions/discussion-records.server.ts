import { asc, eq, inArray, sql } from 'drizzle-orm';
import { organisations, users } from '#db/schema/accounts';
import type { Translated } from '#db/schema/columns';
import {
  hubDiscussionModerators,
  hubDiscussionPosts,
  hubDiscussionQuestions,
  hubDiscussionSpaces,
} from '#db/schema/hub-discussions';
import { countries, regionMembers, regions } from '#db/schema/reference';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { fieldRefusal, notFound } from '~/platform/errors';
import { isUuid } from '~/platform/uuid';
import {
  audienceGroupKeys,
  type NamedAudienceGroup,
  parseAudienceGroup,
  regionsNamed,
} from './audience-groups';
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

/** The access keys of each groups space's members (a region's groups expanded to its states), by space. */
export async function groupKeysOf(
  db: DbOrTx,
  spaces: readonly Pick<SpaceRow, 'id' | 'audience' | 'audienceGroups'>[],
): Promise<Map<string, string[]>> {
  const grouped = spaces.filter((s) => s.audience === 'groups');
  const regions = regionsNamed(grouped.flatMap((s) => s.audienceGroups));
  const members = regions.length
    ? await db
        .select({ regionId: regionMembers.regionId, iso3: regionMembers.countryIso3 })
        .from(regionMembers)
        .where(inArray(regionMembers.regionId, regions))
    : [];
  const statesOf = (regionId: string) => members.filter((m) => m.regionId === regionId).map((m) => m.iso3);
  return new Map(
    spaces.map((s) => [s.id, s.audience === 'groups' ? audienceGroupKeys(s.audienceGroups, statesOf) : []]),
  );
}

/** Moderators and group keys of many spaces: what canReadSpace needs beside the row. */
export async function withReadRule<T extends SpaceRow>(
  db: DbOrTx,
  rows: readonly T[],
): Promise<(T & SpaceRef)[]> {
  const ids = rows.map((r) => r.id);
  const [moderators, groupKeys] = [await moderatorsOf(db, ids), await groupKeysOf(db, rows)];
  return rows.map((r) => ({
    ...r,
    moderatorIds: moderators.get(r.id) ?? [],
    groupKeys: groupKeys.get(r.id) ?? [],
  }));
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
  const [space] = await withReadRule(db, [row]);
  return space!;
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

/** Refuses, beside `audienceGroups`, a group whose region, country or organisation does not exist. */
export async function checkAudienceGroups(db: DbOrTx, groups: readonly string[]): Promise<void> {
  const parsed = groups.map(parseAudienceGroup);
  const named = (type: 'region' | 'country') =>
    parsed.flatMap((g) => (g?.kind === 'role' && g.scope?.type === type ? [g.scope.id] : []));
  const orgIds = parsed.flatMap((g) => (g?.kind === 'organisation' ? [g.id] : []));
  const [regionIds, iso3s] = [named('region'), named('country')];
  const found = await readTogether(db, [
    async () =>
      regionIds.length
        ? db.select({ id: regions.id }).from(regions).where(inArray(regions.id, regionIds))
        : [],
    async () =>
      iso3s.length
        ? db.select({ id: countries.iso3 }).from(countries).where(inArray(countries.iso3, iso3s))
        : [],
    async () =>
      orgIds.length
        ? db.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, orgIds))
        : [],
  ]);
  const known = new Set(found.flat().map((r) => r.id));
  if ([...regionIds, ...iso3s, ...orgIds].some((id) => !known.has(id)))
    throw fieldRefusal('audienceGroups', 'discussionAudienceGroupUnknown');
}

/** The space's groups with the names of their places and organisations (unknown ones left out). */
export async function audienceGroupNames(
  db: DbOrTx,
  groups: readonly string[],
): Promise<NamedAudienceGroup[]> {
  const parsed = groups.map(parseAudienceGroup).filter((g) => g !== null);
  const ids = (type: 'region' | 'country') =>
    parsed.flatMap((g) => (g.kind === 'role' && g.scope?.type === type ? [g.scope.id] : []));
  const orgIds = parsed.flatMap((g) => (g.kind === 'organisation' ? [g.id] : []));
  const [regionRows, countryRows, orgRows] = await readTogether(db, [
    async () =>
      ids('region').length
        ? db
            .select({ id: regions.id, name: regions.name })
            .from(regions)
            .where(inArray(regions.id, ids('region')))
        : [],
    async () =>
      ids('country').length
        ? db
            .select({ id: countries.iso3, name: countries.name })
            .from(countries)
            .where(inArray(countries.iso3, ids('country')))
        : [],
    async () =>
      orgIds.length
        ? db
            .select({ id: organisations.id, name: organisations.name })
            .from(organisations)
            .where(inArray(organisations.id, orgIds))
        : [],
  ]);
  const names = new Map<string, Translated>(
    [...regionRows, ...countryRows, ...orgRows].map((r) => [r.id, r.name as Translated]),
  );
  return parsed.flatMap((g): NamedAudienceGroup[] => {
    if (g.kind === 'organisation') {
      const name = names.get(g.id);
      return name ? [{ kind: 'organisation', name }] : [];
    }
    if (!g.scope) return [{ kind: 'role', role: g.role, place: null }];
    const place = names.get(g.scope.id);
    return place ? [{ kind: 'role', role: g.role, place }] : [];
  });
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
