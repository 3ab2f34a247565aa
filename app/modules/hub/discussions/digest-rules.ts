import type { DigestFrequency } from '#db/schema/hub-discussion-values';

/**
 * When a follower's digest is due and what it tells (pure; the job applies them). The job runs once a
 * day; a digest is due a period after the last one (or after following), less an hour so a run that
 * starts a little early or late does not skip a day or a week. It tells the posts newer than both
 * the last time the follower opened the space and the last digest, up to the run's own time.
 */
export const HOUR_MS = 60 * 60 * 1000;
export const periodMs: Record<DigestFrequency, number> = { daily: 24 * HOUR_MS, weekly: 7 * 24 * HOUR_MS };
export const digestSlackMs = HOUR_MS;

export interface FollowTimes {
  frequency: DigestFrequency;
  createdAt: Date;
  lastLookedAt: Date;
  lastSentAt: Date | null;
}

export function digestDue(follow: FollowTimes, now: Date): boolean {
  const anchor = follow.lastSentAt ?? follow.createdAt;
  return now.getTime() - anchor.getTime() >= periodMs[follow.frequency] - digestSlackMs;
}

/** Posts strictly after this instant (and not after the run) are new for the follower. */
export function digestSince(follow: FollowTimes): Date {
  const sent = follow.lastSentAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  return new Date(Math.max(follow.lastLookedAt.getTime(), sent));
}

export interface DigestCandidate {
  authorId: string | null;
  createdAt: Date;
  hiddenAt: Date | null;
}

/** The posts a digest tells: new since `since`, up to `now`, not hidden, not the follower's own. */
export function selectNewPosts<T extends DigestCandidate>(
  posts: readonly T[],
  options: { since: Date; now: Date; followerId: string },
): T[] {
  return posts.filter(
    (p) =>
      !p.hiddenAt &&
      p.authorId !== options.followerId &&
      p.createdAt.getTime() > options.since.getTime() &&
      p.createdAt.getTime() <= options.now.getTime(),
  );
}
