import { describe, expect, it } from 'vitest';
import { type BalanceSpeaker, speakerBalance } from './balance';

const speaker = (over: Partial<BalanceSpeaker> = {}): BalanceSpeaker => ({
  gender: null,
  countryIso3: null,
  subregion: null,
  stakeholderCategory: null,
  sector: null,
  ...over,
});
const codes = (list: BalanceSpeaker[], targets = {}) =>
  speakerBalance(list, targets).warnings.map((w) => w.code);

describe('speaker balance', () => {
  it('warns when a panel has no woman, and stops once one is selected', () => {
    const men = [speaker({ gender: 'man' }), speaker({ gender: 'man' })];
    expect(codes(men)).toEqual(['noWoman']);
    expect(codes([...men, speaker({ gender: 'woman' })])).toEqual([]);
  });

  it('computes shares over those who answered, since answers are voluntary', () => {
    const balance = speakerBalance([
      speaker({ gender: 'woman' }),
      speaker({ gender: 'man' }),
      speaker({ gender: 'woman' }),
      speaker(),
    ]);
    expect(balance.total).toBe(4);
    expect(balance.gender.answered).toBe(3);
    expect(balance.gender.tallies).toEqual([
      { key: 'woman', count: 2, percent: 67 },
      { key: 'man', count: 1, percent: 33 },
    ]);
  });

  it('says nothing on fewer than two answers', () => {
    expect(codes([speaker({ gender: 'man', subregion: 'M49-145' })], { minWomenPercent: 50 })).toEqual([]);
  });

  it('warns below the organiser’s target for women, at the boundary exactly', () => {
    const list = [speaker({ gender: 'woman' }), speaker({ gender: 'man' }), speaker({ gender: 'man' })];
    expect(speakerBalance(list, { minWomenPercent: 40 }).warnings).toEqual([
      { code: 'womenBelowTarget', percent: 33, target: 40 },
    ]);
    const half = [speaker({ gender: 'woman' }), speaker({ gender: 'man' })];
    expect(codes(half, { minWomenPercent: 50 })).toEqual([]);
  });

  it('warns when all speakers come from one sub-region, or one sub-region exceeds its cap', () => {
    const west = (iso: string) => speaker({ countryIso3: iso, subregion: 'M49-145' });
    expect(speakerBalance([west('JOR'), west('LBN')]).warnings).toEqual([
      { code: 'singleSubregion', subregion: 'M49-145' },
    ]);
    const mixed = [west('JOR'), west('LBN'), speaker({ countryIso3: 'EGY', subregion: 'M49-015' })];
    expect(codes(mixed)).toEqual([]);
    expect(speakerBalance(mixed, { maxSubregionPercent: 60 }).warnings).toEqual([
      { code: 'subregionAboveTarget', subregion: 'M49-145', percent: 67, target: 60 },
    ]);
  });

  it('warns when too few speakers come from outside government', () => {
    const list = [
      speaker({ sector: 'government' }),
      speaker({ sector: 'government' }),
      speaker({ sector: 'non-government' }),
    ];
    expect(speakerBalance(list, { minNonGovernmentPercent: 50 }).warnings).toEqual([
      { code: 'nonGovernmentBelowTarget', percent: 33, target: 50 },
    ]);
    expect(codes(list, { minNonGovernmentPercent: 30 })).toEqual([]);
  });
});
