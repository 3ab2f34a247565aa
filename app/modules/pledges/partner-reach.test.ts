import { describe, expect, it } from 'vitest';
import { unreachablePartners } from './partner-reach';

describe('partners nobody can answer for', () => {
  const reachable = new Set(['o:with-members', 'c:JOR']);

  it('names organisations with no member and states with no focal point, once each', () => {
    expect(
      unreachablePartners(['o:with-members', 'o:empty', 'c:JOR', 'c:LBN', 'c:LBN', ''], reachable),
    ).toEqual(['o:empty', 'c:LBN']);
  });

  it('says nothing when every partner has someone', () => {
    expect(unreachablePartners(['o:with-members', 'c:JOR'], reachable)).toEqual([]);
    expect(unreachablePartners([], reachable)).toEqual([]);
  });
});
