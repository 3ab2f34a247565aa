import { describe, expect, it } from 'vitest';
import { digestDue, digestSince, HOUR_MS, selectNewPosts } from './digest-rules';

const at = (iso: string) => new Date(iso);

describe('discussion digest rules', () => {
  const created = at('2026-03-01T09:00:00Z');

  it('is due a day (daily) or a week (weekly) after the last digest, with an hour of slack', () => {
    const daily = {
      frequency: 'daily' as const,
      createdAt: created,
      lastLookedAt: created,
      lastSentAt: at('2026-03-02T06:00:00Z'),
    };
    expect(digestDue(daily, at('2026-03-03T04:59:59Z'))).toBe(false);
    expect(digestDue(daily, at('2026-03-03T05:00:00Z'))).toBe(true);
    expect(digestDue(daily, at('2026-03-03T06:00:00Z'))).toBe(true);
    const weekly = { ...daily, frequency: 'weekly' as const };
    expect(digestDue(weekly, at('2026-03-08T06:00:00Z'))).toBe(false);
    expect(digestDue(weekly, at('2026-03-09T05:00:00Z'))).toBe(true);
  });

  it('counts the first period from following', () => {
    const first = {
      frequency: 'weekly' as const,
      createdAt: created,
      lastLookedAt: created,
      lastSentAt: null,
    };
    expect(digestDue(first, new Date(created.getTime() + 6 * 24 * HOUR_MS))).toBe(false);
    expect(digestDue(first, new Date(created.getTime() + 7 * 24 * HOUR_MS - HOUR_MS))).toBe(true);
  });

  it('tells what is new since the later of the last look and the last digest', () => {
    const lastSentAt = at('2026-03-05T06:00:00Z');
    expect(
      digestSince({
        frequency: 'daily',
        createdAt: created,
        lastLookedAt: at('2026-03-05T10:00:00Z'),
        lastSentAt,
      }),
    ).toEqual(at('2026-03-05T10:00:00Z'));
    expect(
      digestSince({ frequency: 'daily', createdAt: created, lastLookedAt: created, lastSentAt }),
    ).toEqual(lastSentAt);
  });

  it('selects posts strictly after `since`, up to the run, not hidden, not the follower’s own', () => {
    const since = at('2026-03-05T10:00:00Z');
    const now = at('2026-03-06T06:00:00Z');
    const posts = [
      { id: 'at-since', authorId: 'a', createdAt: since, hiddenAt: null },
      { id: 'new', authorId: 'a', createdAt: at('2026-03-05T10:00:01Z'), hiddenAt: null },
      {
        id: 'hidden',
        authorId: 'a',
        createdAt: at('2026-03-05T12:00:00Z'),
        hiddenAt: at('2026-03-05T13:00:00Z'),
      },
      { id: 'own', authorId: 'me', createdAt: at('2026-03-05T12:00:00Z'), hiddenAt: null },
      { id: 'at-run', authorId: 'a', createdAt: now, hiddenAt: null },
      { id: 'after-run', authorId: 'a', createdAt: at('2026-03-06T06:00:01Z'), hiddenAt: null },
    ];
    expect(selectNewPosts(posts, { since, now, followerId: 'me' }).map((p) => p.id)).toEqual([
      'new',
      'at-run',
    ]);
  });
});
