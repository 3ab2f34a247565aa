/**
 * Suggested matches for a request for support, pure: an expert, a resource or a practice matches
 * when it shares at least one of the request's objectives; it ranks higher for each shared objective,
 * for sharing a region of the request's country and for sharing one of its languages. Each match says
 * why ("objective 7, Arabic, Arab region") as reasons the page words in the reader's language.
 */
export interface MatchProfile {
  objectives: readonly number[];
  regions: readonly string[];
  languages: readonly string[];
}

export type MatchReason =
  | { kind: 'objective'; objective: number }
  | { kind: 'language'; language: string }
  | { kind: 'region'; region: string };

export interface Scored<T> {
  item: T;
  score: number;
  reasons: MatchReason[];
}

export const matchWeights = { objective: 3, region: 2, language: 1 } as const;

const shared = <T>(a: readonly T[], b: readonly T[]) => {
  const set = new Set(b);
  return [...new Set(a)].filter((x) => set.has(x));
};

/** The score and reasons of one candidate; score 0 (no reasons) when it shares no objective. */
export function matchScore(
  request: MatchProfile,
  candidate: MatchProfile,
): { score: number; reasons: MatchReason[] } {
  const objectives = shared(request.objectives, candidate.objectives).sort((a, b) => a - b);
  if (!objectives.length) return { score: 0, reasons: [] };
  const languages = shared(request.languages, candidate.languages);
  const regions = shared(request.regions, candidate.regions);
  const score =
    objectives.length * matchWeights.objective +
    (regions.length ? matchWeights.region : 0) +
    (languages.length ? matchWeights.language : 0);
  return {
    score,
    reasons: [
      ...objectives.map((objective) => ({ kind: 'objective' as const, objective })),
      ...languages.map((language) => ({ kind: 'language' as const, language })),
      ...regions.map((region) => ({ kind: 'region' as const, region })),
    ],
  };
}

/**
 * Candidates scored and ranked: best score first, then by `key` (a name or title) for a stable order;
 * those sharing no objective are left out; at most `limit`.
 */
export function rankMatches<T extends MatchProfile>(
  request: MatchProfile,
  candidates: readonly T[],
  options: { limit: number; key: (item: T) => string },
): Scored<T>[] {
  return candidates
    .map((item) => ({ item, ...matchScore(request, item) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || options.key(a.item).localeCompare(options.key(b.item)))
    .slice(0, options.limit);
}
