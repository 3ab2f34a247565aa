import type { DiscussionAudience } from '#db/schema/hub-discussion-values';
import { readerSet, resourceKeys, subjectKeys, userKey } from '~/permissions/access-keys';
import type { Subject } from '~/permissions/resolver';
import { AppError, forbidden, notFound } from '~/platform/errors';
import { canCurateHub } from '../hub-policy';

/**
 * Who may do what in the Hub's discussion spaces — the one place these rules live. Hub editors
 * (hub.curate) create and edit spaces and moderate every space; a space's named moderators moderate
 * it. A public space is read by anyone, a signed-in space by anyone signed in, a groups space by the
 * members of its groups (audience-groups.ts) and its moderators. Readers who are signed in post
 * while the space is open (opens_at ≤ now < closes_at), edit their own post for EDIT_WINDOW_MS after
 * posting, and report other people's posts. A closed space stays readable; its moderators publish
 * its summary.
 */
export const discussionEntityType = 'hub_discussion';
export const discussionPostEntityType = 'hub_discussion_post';

/** How long after posting its author may still correct a post. */
export const EDIT_WINDOW_MS = 30 * 60 * 1000;

export interface SpaceRef {
  audience: DiscussionAudience;
  /** For a 'groups' space: the access keys of its groups' members (audienceGroupKeys). */
  groupKeys: readonly string[];
  opensAt: Date;
  closesAt: Date;
  moderatorIds: readonly string[];
}

export interface PostRef {
  authorId: string | null;
  createdAt: Date;
  hiddenAt: Date | null;
}

export type SpacePhase = 'upcoming' | 'open' | 'closed';

export function spacePhase(space: Pick<SpaceRef, 'opensAt' | 'closesAt'>, now: Date): SpacePhase {
  if (now.getTime() < space.opensAt.getTime()) return 'upcoming';
  return now.getTime() < space.closesAt.getTime() ? 'open' : 'closed';
}

export const canManageSpaces = (subject: Subject) => canCurateHub(subject);

export const isModerator = (subject: Subject, space: Pick<SpaceRef, 'moderatorIds'>) =>
  Boolean(subject.userId) && space.moderatorIds.includes(subject.userId!);

export const canModerate = (subject: Subject, space: Pick<SpaceRef, 'moderatorIds'>) =>
  isModerator(subject, space) || canCurateHub(subject);

const inGroups = (subject: Subject, keys: readonly string[]) => {
  if (!subject.userId || !keys.length) return false;
  const held = new Set(subjectKeys(subject));
  return keys.some((k) => held.has(k));
};

export function canReadSpace(
  subject: Subject,
  space: Pick<SpaceRef, 'audience' | 'groupKeys' | 'moderatorIds'>,
): boolean {
  if (space.audience === 'public') return true;
  if (space.audience === 'signed_in') return Boolean(subject.userId);
  return inGroups(subject, space.groupKeys) || canModerate(subject, space);
}

export const canPost = (subject: Subject, space: SpaceRef, now: Date) =>
  Boolean(subject.userId) && canReadSpace(subject, space) && spacePhase(space, now) === 'open';

export const isAuthor = (subject: Subject, post: PostRef) =>
  Boolean(subject.userId) && post.authorId === subject.userId;

export const canEditPost = (subject: Subject, space: SpaceRef, post: PostRef, now: Date) =>
  isAuthor(subject, post) &&
  !post.hiddenAt &&
  spacePhase(space, now) === 'open' &&
  now.getTime() - post.createdAt.getTime() <= EDIT_WINDOW_MS;

export const canReport = (subject: Subject, space: SpaceRef, post: PostRef) =>
  Boolean(subject.userId) && canReadSpace(subject, space) && !isAuthor(subject, post) && !post.hiddenAt;

/** A moderator publishes the summary once the space has closed. */
export const canPublishSummary = (subject: Subject, space: SpaceRef, now: Date) =>
  canModerate(subject, space) && spacePhase(space, now) === 'closed';

export function checkReadSpace(subject: Subject, space: SpaceRef): void {
  // A space one may not read is not shown, nor said to exist.
  if (!canReadSpace(subject, space)) throw notFound();
}

export function checkManageSpaces(subject: Subject): void {
  if (!canManageSpaces(subject)) throw forbidden();
}

export function checkPost(subject: Subject, space: SpaceRef, now: Date): void {
  if (!subject.userId) throw forbidden();
  checkReadSpace(subject, space);
  const phase = spacePhase(space, now);
  if (phase !== 'open')
    throw new AppError(phase === 'closed' ? 'discussionClosed' : 'discussionNotOpen', 409);
}

export function checkEditPost(subject: Subject, space: SpaceRef, post: PostRef, now: Date): void {
  if (!isAuthor(subject, post)) throw forbidden();
  if (post.hiddenAt) throw new AppError('discussionPostHidden', 409);
  checkPost(subject, space, now);
  if (now.getTime() - post.createdAt.getTime() > EDIT_WINDOW_MS) {
    throw new AppError('discussionEditWindowOver', 409, { minutes: EDIT_WINDOW_MS / 60_000 });
  }
}

export function checkReport(subject: Subject, space: SpaceRef, post: PostRef): void {
  if (!subject.userId) throw forbidden();
  checkReadSpace(subject, space);
  if (isAuthor(subject, post)) throw new AppError('discussionReportOwnPost', 409);
  if (post.hiddenAt) throw new AppError('discussionPostHidden', 409);
}

export function checkModerate(subject: Subject, space: SpaceRef): void {
  if (!canModerate(subject, space)) throw forbidden();
}

export function checkPublishSummary(subject: Subject, space: SpaceRef, now: Date): void {
  checkModerate(subject, space);
  if (spacePhase(space, now) !== 'closed') throw new AppError('discussionNotClosed', 409);
}

/**
 * canReadSpace for the content index: anyone for a public space, anyone signed in for a signed-in one;
 * a groups space is restricted to its groups' keys, the Hub editors and its moderators.
 */
export function spaceReadRule(space: Pick<SpaceRef, 'audience' | 'groupKeys' | 'moderatorIds'>) {
  if (space.audience === 'public') return { visibility: 'public' as const, readers: [] };
  if (space.audience === 'signed_in') return { visibility: 'signed_in' as const, readers: [] };
  return {
    visibility: 'restricted' as const,
    readers: readerSet(space.groupKeys, resourceKeys('hub.curate', {}), space.moderatorIds.map(userKey)),
  };
}
