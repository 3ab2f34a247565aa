import { describe, expect, it } from 'vitest';
import { matchScore, rankMatches } from './match-score';

const request = { objectives: [6, 7], regions: ['LAS', 'M49-145'], languages: ['ar'] };

describe('match score', () => {
  it('needs a shared objective; then counts objectives, a shared region and a shared language', () => {
    expect(matchScore(request, { objectives: [1], regions: ['LAS'], languages: ['ar'] })).toEqual({
      score: 0,
      reasons: [],
    });
    expect(matchScore(request, { objectives: [7], regions: [], languages: [] }).score).toBe(3);
    expect(matchScore(request, { objectives: [7], regions: [], languages: ['ar'] }).score).toBe(4);
    expect(matchScore(request, { objectives: [7], regions: ['LAS'], languages: [] }).score).toBe(5);
    // Two shared regions count once: the region says "works where you are", not how much.
    expect(
      matchScore(request, { objectives: [7, 6], regions: ['LAS', 'M49-145'], languages: ['ar', 'en'] }),
    ).toEqual({
      score: 9,
      reasons: [
        { kind: 'objective', objective: 6 },
        { kind: 'objective', objective: 7 },
        { kind: 'language', language: 'ar' },
        { kind: 'region', region: 'LAS' },
        { kind: 'region', region: 'M49-145' },
      ],
    });
  });

  it('ranks by score, then by name, leaves out non-matches and keeps the limit', () => {
    const candidates = [
      { name: 'b', objectives: [7], regions: [], languages: ['ar'] },
      { name: 'a', objectives: [7], regions: [], languages: ['ar'] },
      { name: 'c', objectives: [6, 7], regions: ['LAS'], languages: [] },
      { name: 'd', objectives: [2], regions: ['LAS'], languages: ['ar'] },
    ];
    const ranked = rankMatches(request, candidates, { limit: 3, key: (c) => c.name });
    expect(ranked.map((r) => [r.item.name, r.score])).toEqual([
      ['c', 8],
      ['a', 4],
      ['b', 4],
    ]);
    expect(rankMatches(request, candidates, { limit: 1, key: (c) => c.name })).toHaveLength(1);
  });
});
