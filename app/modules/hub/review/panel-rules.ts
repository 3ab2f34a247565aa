import type { ReviewRecommendation } from '#db/schema/hub-values';

/**
 * The Network's roster rules for a peer-review panel, and the panel's outcome, as pure functions.
 * A first panel has at least one internal (UN) and two external reviewers from at least two regions,
 * none from the submitting organisation. When the submitted reviews disagree, the editor is asked for
 * a tie-break reviewer (a third recommendation against the two that differ, then a fourth).
 */
export const minInternal = 1;
export const minExternal = 2;
export const minRegions = 2;
export const maxTieBreakers = 2;

export interface RosterEntry {
  userId: string;
  internal: boolean;
  organisationId: string | null;
  regionId: string;
  languages: readonly string[];
  objectives: readonly number[];
  /** Reviews assigned and not yet submitted, across resources. */
  load: number;
}

export type PanelProblem =
  | 'needsInternal'
  | 'needsExternal'
  | 'needsRegions'
  | 'sameOrganisation'
  | 'duplicate';

/** What keeps a first panel from meeting the rules (empty when it does). */
export function panelProblems(
  panel: readonly Pick<RosterEntry, 'userId' | 'internal' | 'organisationId' | 'regionId'>[],
  submitterOrganisationId: string | null,
): PanelProblem[] {
  const problems: PanelProblem[] = [];
  if (new Set(panel.map((r) => r.userId)).size !== panel.length) problems.push('duplicate');
  if (panel.filter((r) => r.internal).length < minInternal) problems.push('needsInternal');
  if (panel.filter((r) => !r.internal).length < minExternal) problems.push('needsExternal');
  if (new Set(panel.map((r) => r.regionId)).size < minRegions) problems.push('needsRegions');
  if (submitterOrganisationId && panel.some((r) => r.organisationId === submitterOrganisationId)) {
    problems.push('sameOrganisation');
  }
  return problems;
}

export interface PanelTarget {
  objectives: readonly number[];
  languages: readonly string[];
  submitterOrganisationId: string | null;
}

export interface RankedReviewer extends RosterEntry {
  score: number;
  /** Why the reviewer ranks where they do: shared objectives, a shared language, their load. */
  reasons: { sharedObjectives: number[]; sharedLanguages: string[]; load: number };
}

/**
 * The roster ranked for one resource: shared objectives weigh most, then a shared language, and each
 * review already on a reviewer's desk lowers them. Members of the submitting organisation are left out.
 */
export function rankRoster(roster: readonly RosterEntry[], target: PanelTarget): RankedReviewer[] {
  return roster
    .filter((r) => !target.submitterOrganisationId || r.organisationId !== target.submitterOrganisationId)
    .map((r) => {
      const sharedObjectives = r.objectives.filter((o) => target.objectives.includes(o));
      const sharedLanguages = r.languages.filter((l) => target.languages.includes(l));
      const score = sharedObjectives.length * 3 + (sharedLanguages.length ? 2 : 0) - r.load;
      return { ...r, score, reasons: { sharedObjectives, sharedLanguages, load: r.load } };
    })
    .sort((a, b) => b.score - a.score || a.load - b.load || a.userId.localeCompare(b.userId));
}

/**
 * A proposed first panel: the best internal reviewer, then the best externals, the last of them from a
 * region the panel lacks when it does not yet span two. Returns fewer than three when the roster cannot meet the rules.
 */
export function proposePanel(roster: readonly RosterEntry[], target: PanelTarget): RankedReviewer[] {
  const ranked = rankRoster(roster, target);
  const panel: RankedReviewer[] = [];
  const internal = ranked.find((r) => r.internal);
  if (internal) panel.push(internal);
  const externals = ranked.filter((r) => !r.internal);
  while (panel.filter((r) => !r.internal).length < minExternal) {
    const regions = new Set(panel.map((r) => r.regionId));
    const remaining = externals.filter((r) => !panel.includes(r));
    if (!remaining.length) break;
    // The best reviewer, unless the last slot must bring the panel its second region.
    const lastSlot = panel.filter((r) => !r.internal).length === minExternal - 1;
    const pick =
      (lastSlot && regions.size < minRegions ? remaining.find((r) => !regions.has(r.regionId)) : undefined) ??
      remaining[0]!;
    panel.push(pick);
  }
  return panel;
}

export interface PanelReview {
  submitted: boolean;
  conflictDeclared: boolean;
  recommendation: ReviewRecommendation | null;
  tieBreak: boolean;
}

export type PanelOutcome =
  /** No panel yet (or fewer active reviewers than the rules ask). */
  | { state: 'incomplete' }
  /** A reviewer declared a conflict: the editor replaces them before the review can go on. */
  | { state: 'conflict' }
  | { state: 'awaiting_reviews'; pending: number }
  /** The submitted reviews disagree: the editor adds a tie-break reviewer before deciding. */
  | { state: 'needs_tie_break'; tally: Record<ReviewRecommendation, number> }
  /** Every review is in: the editor decides (majority is the recommendation most reviewers made, if any). */
  | { state: 'ready'; tally: Record<ReviewRecommendation, number>; majority: ReviewRecommendation | null };

export function panelOutcome(reviews: readonly PanelReview[]): PanelOutcome {
  if (reviews.length < minInternal + minExternal) return { state: 'incomplete' };
  if (reviews.some((r) => r.conflictDeclared)) return { state: 'conflict' };
  const pending = reviews.filter((r) => !r.submitted).length;
  if (pending) return { state: 'awaiting_reviews', pending };
  const tally = { accept: 0, revise: 0, reject: 0 };
  for (const r of reviews) if (r.recommendation) tally[r.recommendation] += 1;
  const kinds = Object.values(tally).filter((n) => n > 0).length;
  const tieBreakers = reviews.filter((r) => r.tieBreak).length;
  if (kinds > 1 && tieBreakers < maxTieBreakers) {
    // One tie-break settles a split when it gives a recommendation a clear majority; a second is asked
    // only while the panel is still without one.
    const sorted = Object.values(tally).sort((a, b) => b - a);
    const clearMajority = tieBreakers > 0 && sorted[0]! > sorted[1]! && sorted[0]! > reviews.length / 2;
    if (!clearMajority) return { state: 'needs_tie_break', tally };
  }
  const top = Math.max(...Object.values(tally));
  const leaders = (Object.keys(tally) as ReviewRecommendation[]).filter((k) => tally[k] === top);
  return { state: 'ready', tally, majority: leaders.length === 1 ? leaders[0]! : null };
}
