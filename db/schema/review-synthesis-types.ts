import type { Locale, Translated } from './columns';
import type { ContributionKind } from './review-contribution-values';
import type { ObjectiveStatus, ReviewKind } from './review-values';

/**
 * The shapes of the regional synthesis report (the jsonb columns of review_synthesis_reports), free
 * of Drizzle so pages, the DOCX builder and the schema share them. A published version stores
 * CompiledSynthesis as it was.
 */

/** The thematic sections quoted per state besides the objectives (template section kinds). */
export const synthesisThemes = ['challenges', 'priorities', 'practices', 'support'] as const;
export type SynthesisTheme = (typeof synthesisThemes)[number];

/** What the secretariat writes around the compiled parts, in Arabic and/or English (plain text). */
export interface SynthesisNarrative {
  introduction: Translated;
  /** Optional commentary per objective, keyed by the objective number ("1" … "23"). */
  objectives: Record<string, Translated>;
  /** Regional conclusions and roadmap. */
  conclusions: Translated;
}

export const emptyNarrative = (): SynthesisNarrative => ({
  introduction: {},
  objectives: {},
  conclusions: {},
});

/** One published review quoted in the report: a state's national review or an organisation's parallel review. */
export interface SynthesisSource {
  reviewId: string;
  kind: ReviewKind;
  iso3: string | null;
  organisationId: string | null;
  /** The state's or the organisation's name. */
  name: Translated;
  title: Translated;
  originalLanguage: Locale;
  isSample: boolean;
}

/** A quotation from a review section, trimmed to about 80 words, in each language the section was written in. */
export interface SynthesisExtract {
  reviewId: string;
  sectionKey: string;
  field: 'body' | 'measures';
  text: Translated;
}

export type StatusCounts = Record<ObjectiveStatus, number>;

/** National reviews and parallel reviews are compiled apart, never mixed. */
export interface SynthesisObjectivePart {
  /** Reviews whose section on the objective is answered (a status other than not applicable, or text). */
  reporters: string[];
  /** Sections with each implementation status (not applicable included, answered or not). */
  statuses: StatusCounts;
  /** Answered sections that give no status. */
  withoutStatus: number;
  extracts: SynthesisExtract[];
}

/** A contribution recorded on the cycle (a consultative process's statement, a parliament's, …) that the report quotes. */
export interface SynthesisContributionSource {
  contributionId: string;
  kind: ContributionKind;
  contributor: Translated;
  receivedOn: string;
  objectives: number[];
  isSample: boolean;
}

/** A quotation from a recorded contribution, trimmed like the reviews' extracts. */
export interface SynthesisContributionExtract {
  contributionId: string;
  text: Translated;
}

export interface SynthesisObjective {
  number: number;
  title: Translated;
  /** Quotations of the contributions tagged with the objective (absent from versions published before contributions were compiled). */
  contributions?: SynthesisContributionExtract[];
  national: SynthesisObjectivePart & {
    /** States in the matrix that did not report on the objective (iso3). */
    notReported: string[];
  };
  parallel: SynthesisObjectivePart;
}

export interface SynthesisThemePart {
  theme: SynthesisTheme;
  national: SynthesisExtract[];
  parallel: SynthesisExtract[];
}

/** One cell of the coverage matrix: answered or not, and the status the state gave. */
export interface CoverageCell {
  reported: boolean;
  status: ObjectiveStatus | null;
}

export interface CoverageRow {
  iso3: string;
  name: Translated;
  inScope: boolean;
  /** The state's published national review, or null when none is published. */
  reviewId: string | null;
  /** One cell per objective, in objective order (cells[0] is objective 1). */
  cells: CoverageCell[];
}

export interface CompiledSynthesis {
  /** Shape version of this document, for published rows kept for years. */
  format: 1;
  compiledAt: string;
  cycle: {
    id: string;
    regionId: string;
    regionName: Translated;
    title: Translated;
    partners: Translated;
  };
  totals: {
    statesInScope: number;
    nationalPublished: number;
    parallelPublished: number;
    contributions?: number;
  };
  sources: SynthesisSource[];
  /** The contributions recorded on the cycle, by the day received (absent from older versions). */
  contributions?: SynthesisContributionSource[];
  objectives: SynthesisObjective[];
  themes: SynthesisThemePart[];
  coverage: { objectives: number[]; rows: CoverageRow[] };
  /** The objectives fewest states reported on, fewest first (ties kept together). */
  leastReported: { objective: number; count: number }[];
  /** Migration patterns and trends: figures per state with their source (absent from older versions). */
  trends?: SynthesisTrends;
}

/**
 * The figures of the synthesis's "migration patterns and trends" section (decision in
 * docs/decisions.md): what each indicator counts. Stocks and flows of people are persons;
 * remittances are current US dollars; net migration is persons over the year (negative when more
 * leave than arrive).
 */
export const trendIndicators = [
  'migrant_stock',
  'emigrant_stock',
  'refugees_hosted',
  'remittances_received_usd',
  'remittances_sent_usd',
  'net_migration',
] as const;
export type TrendIndicator = (typeof trendIndicators)[number];

/** Indicators whose regional total (over the states with a figure) means something. */
export const summableIndicators: ReadonlySet<TrendIndicator> = new Set([
  'migrant_stock',
  'emigrant_stock',
  'refugees_hosted',
  'remittances_received_usd',
  'remittances_sent_usd',
]);

/** One figure of a state as compiled: its year, value and source. */
export interface TrendFigure {
  iso3: string;
  year: number;
  value: number;
  source: string;
  sourceUrl: string | null;
  note: string | null;
}

/** One indicator of the trends section: the latest figure per state, the series per state, the regional total. */
export interface TrendIndicatorPart {
  indicator: TrendIndicator;
  /** The latest year's figure per state, states by ISO3 (pages sort them in the reader's alphabet). */
  latest: TrendFigure[];
  /** Every year recorded per state (ISO3 → figures by year), for the states with more than one year. */
  series: Record<string, { year: number; value: number }[]>;
  /** Sum of the latest figures over the states that have one (summable indicators only). */
  total: { value: number; states: number } | null;
}

export interface SynthesisTrends {
  /** Names of the states with figures (ISO3 → name). */
  states: Record<string, Translated>;
  indicators: TrendIndicatorPart[];
}
