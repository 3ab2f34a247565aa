import { describe, expect, it } from 'vitest';
import {
  type PanelReview,
  panelOutcome,
  panelProblems,
  proposePanel,
  type RosterEntry,
  rankRoster,
} from './panel-rules';

const reviewer = (userId: string, over: Partial<RosterEntry> = {}): RosterEntry => ({
  userId,
  internal: false,
  organisationId: null,
  regionId: 'M49-002',
  languages: ['ar'],
  objectives: [],
  load: 0,
  ...over,
});

describe('panel rules', () => {
  const un = reviewer('un', { internal: true, regionId: 'M49-142' });
  const africa1 = reviewer('af1');
  const africa2 = reviewer('af2');
  const europe = reviewer('eu', { regionId: 'M49-150' });

  it('asks for one internal and two external reviewers from two regions', () => {
    expect(panelProblems([un, africa1, europe], null)).toEqual([]);
    expect(panelProblems([africa1, africa2, europe], null)).toEqual(['needsInternal']);
    expect(panelProblems([un, africa1], null)).toEqual(['needsExternal']);
    const sameRegion = [{ ...un, regionId: 'M49-002' }, africa1, africa2];
    expect(panelProblems(sameRegion, null)).toEqual(['needsRegions']);
    expect(panelProblems([un, africa1, africa1], null)).toContain('duplicate');
  });

  it('refuses a reviewer from the submitting organisation', () => {
    const colleague = { ...europe, organisationId: 'org-1' };
    expect(panelProblems([un, africa1, colleague], 'org-1')).toEqual(['sameOrganisation']);
    expect(panelProblems([un, africa1, colleague], 'org-2')).toEqual([]);
  });

  it('ranks by shared objectives, then a shared language, less current load; leaves out the submitter’s organisation', () => {
    const roster = [
      reviewer('busy', { objectives: [6, 7], load: 4 }),
      reviewer('expert', { objectives: [6, 7] }),
      reviewer('linguist', { languages: ['en'] }),
      reviewer('colleague', { objectives: [6, 7], organisationId: 'org-1' }),
    ];
    const ranked = rankRoster(roster, {
      objectives: [6, 7],
      languages: ['en'],
      submitterOrganisationId: 'org-1',
    });
    // busy (6 - 4) and linguist (2) tie: the lighter load goes first.
    expect(ranked.map((r) => r.userId)).toEqual(['expert', 'linguist', 'busy']);
    expect(ranked[0]!.reasons).toEqual({ sharedObjectives: [6, 7], sharedLanguages: [], load: 0 });
    expect(ranked[0]!.score).toBe(6);
    expect(ranked[2]!.score).toBe(2);
  });

  it('proposes a panel that meets the rules, spreading regions before taking the next best', () => {
    const roster = [
      un,
      reviewer('af-best', { objectives: [1, 2, 3] }),
      reviewer('af-next', { objectives: [1, 2] }),
      reviewer('eu-weak', { regionId: 'M49-150', objectives: [1] }),
    ];
    const panel = proposePanel(roster, {
      objectives: [1, 2, 3],
      languages: ['ar'],
      submitterOrganisationId: null,
    });
    expect(panel.map((r) => r.userId)).toEqual(['un', 'af-best', 'af-next']);
    // With the internal reviewer in the same region as the best externals, a second region is sought.
    const sameRegionUn = { ...un, regionId: 'M49-002' };
    const balanced = proposePanel([sameRegionUn, ...roster.slice(1)], {
      objectives: [1, 2, 3],
      languages: ['ar'],
      submitterOrganisationId: null,
    });
    expect(balanced.map((r) => r.userId)).toEqual(['un', 'af-best', 'eu-weak']);
    expect(panelProblems(balanced, null)).toEqual([]);
  });

  it('proposes what it can when the roster cannot meet the rules', () => {
    expect(
      proposePanel([africa1], { objectives: [], languages: [], submitterOrganisationId: null }),
    ).toHaveLength(1);
  });
});

describe('panel outcome and tie-break', () => {
  const review = (
    recommendation: PanelReview['recommendation'],
    over: Partial<PanelReview> = {},
  ): PanelReview => ({
    submitted: true,
    conflictDeclared: false,
    recommendation,
    tieBreak: false,
    ...over,
  });

  it('waits for a full panel, for conflicts to be settled and for every review', () => {
    expect(panelOutcome([review('accept'), review('accept')])).toEqual({ state: 'incomplete' });
    expect(
      panelOutcome([
        review('accept'),
        review(null, { submitted: false, conflictDeclared: true }),
        review('accept'),
      ]),
    ).toEqual({
      state: 'conflict',
    });
    expect(panelOutcome([review('accept'), review(null, { submitted: false }), review('accept')])).toEqual({
      state: 'awaiting_reviews',
      pending: 1,
    });
  });

  it('is ready when the panel agrees', () => {
    expect(panelOutcome([review('accept'), review('accept'), review('accept')])).toEqual({
      state: 'ready',
      tally: { accept: 3, revise: 0, reject: 0 },
      majority: 'accept',
    });
  });

  it('asks for a tie-break reviewer on disagreement, even two to one', () => {
    expect(panelOutcome([review('accept'), review('accept'), review('reject')])).toEqual({
      state: 'needs_tie_break',
      tally: { accept: 2, revise: 0, reject: 1 },
    });
  });

  it('is ready once a tie-break gives a clear majority', () => {
    const outcome = panelOutcome([
      review('accept'),
      review('accept'),
      review('reject'),
      review('accept', { tieBreak: true }),
    ]);
    expect(outcome).toEqual({
      state: 'ready',
      tally: { accept: 3, revise: 0, reject: 1 },
      majority: 'accept',
    });
  });

  it('asks for a second tie-break while still split, then leaves the decision to the editor', () => {
    const split = [
      review('accept'),
      review('accept'),
      review('reject'),
      review('reject', { tieBreak: true }),
    ];
    expect(panelOutcome(split).state).toBe('needs_tie_break');
    const stillSplit = [
      review('accept'),
      review('revise'),
      review('reject'),
      review('revise', { tieBreak: true }),
      review('accept', { tieBreak: true }),
    ];
    expect(panelOutcome(stillSplit)).toEqual({
      state: 'ready',
      tally: { accept: 2, revise: 2, reject: 1 },
      majority: null,
    });
  });

  it('waits for a tie-break reviewer who has not answered yet', () => {
    expect(
      panelOutcome([
        review('accept'),
        review('accept'),
        review('reject'),
        review(null, { submitted: false, tieBreak: true }),
      ]),
    ).toEqual({ state: 'awaiting_reviews', pending: 1 });
  });
});
