import type { BalanceTargets, SpeakerGender, SpeakerSector } from '#db/schema/meeting-values';

/** One selected speaker as the balance panel sees them: voluntary answers may be missing. */
export interface BalanceSpeaker {
  gender: SpeakerGender | null;
  countryIso3: string | null;
  /** The M49 sub-region of the speaker's country, when known. */
  subregion: string | null;
  stakeholderCategory: string | null;
  sector: SpeakerSector | null;
}

export type BalanceWarning =
  | { code: 'noWoman' }
  | { code: 'womenBelowTarget'; percent: number; target: number }
  | { code: 'singleSubregion'; subregion: string }
  | { code: 'subregionAboveTarget'; subregion: string; percent: number; target: number }
  | { code: 'nonGovernmentBelowTarget'; percent: number; target: number };

export interface Tally {
  key: string;
  count: number;
  /** Share of those who answered, in whole percent (rounded). */
  percent: number;
}

export interface SpeakerBalance {
  total: number;
  gender: { tallies: Tally[]; answered: number };
  subregion: { tallies: Tally[]; answered: number };
  country: { tallies: Tally[]; answered: number };
  category: { tallies: Tally[]; answered: number };
  sector: { tallies: Tally[]; answered: number };
  warnings: BalanceWarning[];
}

function tally(values: readonly (string | null)[]): {
  tallies: Tally[];
  answered: number;
  counts: Map<string, number>;
} {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  const answered = [...counts.values()].reduce((a, b) => a + b, 0);
  const tallies = [...counts.entries()]
    .map(([key, count]) => ({ key, count, percent: Math.round((count * 100) / answered) }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  return { tallies, answered, counts };
}

/**
 * Shares of the selected (accepted) speakers by gender, sub-region, country, stakeholder category
 * and government/non-government, each over those who answered (answers are voluntary), and the
 * warnings against the organiser's targets. With fewer than two answers a share says nothing, so
 * no warning is raised on it.
 */
export function speakerBalance(
  speakers: readonly BalanceSpeaker[],
  targets: BalanceTargets = {},
): SpeakerBalance {
  const gender = tally(speakers.map((s) => s.gender));
  const subregion = tally(speakers.map((s) => s.subregion));
  const country = tally(speakers.map((s) => s.countryIso3));
  const category = tally(speakers.map((s) => s.stakeholderCategory));
  const sector = tally(speakers.map((s) => s.sector));
  const warnings: BalanceWarning[] = [];

  if (gender.answered >= 2) {
    const women = gender.counts.get('woman') ?? 0;
    if (women === 0) warnings.push({ code: 'noWoman' });
    const share = (women * 100) / gender.answered;
    if (targets.minWomenPercent !== undefined && women > 0 && share < targets.minWomenPercent) {
      warnings.push({
        code: 'womenBelowTarget',
        percent: Math.round(share),
        target: targets.minWomenPercent,
      });
    }
  }
  if (subregion.answered >= 2) {
    const top = subregion.tallies[0]!;
    if (subregion.tallies.length === 1) warnings.push({ code: 'singleSubregion', subregion: top.key });
    else if (
      targets.maxSubregionPercent !== undefined &&
      (top.count * 100) / subregion.answered > targets.maxSubregionPercent
    ) {
      warnings.push({
        code: 'subregionAboveTarget',
        subregion: top.key,
        percent: top.percent,
        target: targets.maxSubregionPercent,
      });
    }
  }
  if (sector.answered >= 2 && targets.minNonGovernmentPercent !== undefined) {
    const share = ((sector.counts.get('non-government') ?? 0) * 100) / sector.answered;
    if (share < targets.minNonGovernmentPercent) {
      warnings.push({
        code: 'nonGovernmentBelowTarget',
        percent: Math.round(share),
        target: targets.minNonGovernmentPercent,
      });
    }
  }
  const strip = ({ tallies, answered }: ReturnType<typeof tally>) => ({ tallies, answered });
  return {
    total: speakers.length,
    gender: strip(gender),
    subregion: strip(subregion),
    country: strip(country),
    category: strip(category),
    sector: strip(sector),
    warnings,
  };
}
