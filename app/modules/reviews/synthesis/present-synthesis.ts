import type { Locale, Translated } from '#db/schema/columns';
import type {
  CompiledSynthesis,
  CoverageCell,
  StatusCounts,
  SynthesisContributionSource,
  SynthesisExtract,
  SynthesisNarrative,
  SynthesisSource,
  SynthesisTheme,
  TrendIndicator,
} from '#db/schema/review-synthesis-types';
import type { ObjectiveStatus, ReviewKind } from '#db/schema/review-values';
import { sortByText } from '~/platform/i18n/collation';

/**
 * The synthesis in one reader's language, as the HTML page and the DOCX export render it: each
 * text picked in the reader's language or, when it exists only in the other one, in that one with
 * a flag so the reader is told; quotations ordered by the state's or organisation's name.
 */
export interface PickedText {
  text: string;
  lang: Locale;
  /** The text exists only in the other language. */
  isFallback: boolean;
}

export interface ExtractView {
  reviewId: string;
  kind: ReviewKind;
  author: PickedText;
  field: SynthesisExtract['field'];
  text: PickedText;
  /** The source section, relative to the site: /{lang}/reviews/:reviewId#section-<key>. */
  href: string;
}

/** A quotation from a contribution recorded on the cycle, with who sent it. */
export interface ContributionExtractView {
  contributionId: string;
  kind: SynthesisContributionSource['kind'];
  author: PickedText;
  text: PickedText;
  /** The contribution on the cycle's contributions page, relative to the site. */
  href: string;
}

export interface ContributionView {
  id: string;
  kind: SynthesisContributionSource['kind'];
  contributor: PickedText;
  receivedOn: string;
  objectives: number[];
  href: string;
}

export interface ObjectivePartView {
  reporters: PickedText[];
  statuses: StatusCounts;
  withoutStatus: number;
  extracts: ExtractView[];
}

/** One state's row of a trends table: its latest figure with source, and the earlier years when recorded. */
export interface TrendRowView {
  iso3: string;
  name: PickedText;
  year: number;
  value: number;
  source: string;
  sourceUrl: string | null;
  note: string | null;
  /** Every year recorded, oldest first (empty when only one). */
  series: { year: number; value: number }[];
}

export interface TrendIndicatorView {
  indicator: TrendIndicator;
  /** States in the reader's alphabet. */
  rows: TrendRowView[];
  /** The regional total over the states with a figure (stocks and remittances only). */
  total: { value: number; states: number } | null;
}

export interface SynthesisView {
  locale: Locale;
  cycle: { id: string; title: PickedText; regionName: PickedText; partners: PickedText };
  number: number | null;
  publishedAt: string | null;
  compiledAt: string;
  totals: CompiledSynthesis['totals'];
  introduction: PickedText;
  conclusions: PickedText;
  objectives: {
    number: number;
    title: PickedText;
    narrative: PickedText;
    national: ObjectivePartView & { notReported: number };
    parallel: ObjectivePartView;
    contributions: ContributionExtractView[];
  }[];
  /** Contributions recorded on the cycle, by the day received. */
  contributions: ContributionView[];
  themes: { theme: SynthesisTheme; national: ExtractView[]; parallel: ExtractView[] }[];
  coverage: {
    objectives: number[];
    rows: { iso3: string; name: PickedText; inScope: boolean; hasReview: boolean; cells: CoverageCell[] }[];
  };
  leastReported: { objective: number; title: PickedText; count: number }[];
  /** Migration patterns and trends: one table per indicator with figures (none for older versions). */
  trends: TrendIndicatorView[];
  sampleData: boolean;
}

export function pickText(value: Translated | null | undefined, locale: Locale): PickedText {
  const other: Locale = locale === 'ar' ? 'en' : 'ar';
  const own = value?.[locale]?.trim();
  if (own) return { text: own, lang: locale, isFallback: false };
  const fallback = value?.[other]?.trim();
  if (fallback) return { text: fallback, lang: other, isFallback: true };
  return { text: '', lang: locale, isFallback: false };
}

/** The anchor part A's review page gives each section: id="section-<key>". */
export const sectionAnchor = (sectionKey: string) => `section-${sectionKey}`;
export const sourceSectionPath = (locale: Locale, reviewId: string, sectionKey: string) =>
  `/${locale}/reviews/${reviewId}#${sectionAnchor(sectionKey)}`;

export function presentSynthesis(options: {
  compiled: CompiledSynthesis;
  narrative: SynthesisNarrative;
  locale: Locale;
  number: number | null;
  publishedAt: Date | string | null;
}): SynthesisView {
  const { compiled, narrative, locale } = options;
  const pick = (value: Translated | null | undefined) => pickText(value, locale);
  const sources = new Map<string, SynthesisSource>(compiled.sources.map((s) => [s.reviewId, s]));
  const authorOf = (reviewId: string) => pick(sources.get(reviewId)?.name);
  const byName = <T>(items: T[], name: (item: T) => string) => sortByText(items, locale, name);
  const extracts = (list: SynthesisExtract[]): ExtractView[] =>
    byName(
      list.map((e) => ({
        reviewId: e.reviewId,
        kind: sources.get(e.reviewId)?.kind ?? 'national',
        author: authorOf(e.reviewId),
        field: e.field,
        text: pick(e.text),
        href: sourceSectionPath(locale, e.reviewId, e.sectionKey),
      })),
      (e) => e.author.text,
    );
  const reporters = (ids: string[]) =>
    byName(
      ids.map((id) => authorOf(id)),
      (p) => p.text,
    );
  const contributionPath = (id: string) =>
    `/${locale}/reviews/cycles/${compiled.cycle.id}/contributions#contribution-${id}`;
  const contributionSources = new Map((compiled.contributions ?? []).map((c) => [c.contributionId, c]));
  const titleOf = (n: number) => pick(compiled.objectives.find((o) => o.number === n)?.title);
  const publishedAt = options.publishedAt ? new Date(options.publishedAt).toISOString() : null;
  return {
    locale,
    cycle: {
      id: compiled.cycle.id,
      title: pick(compiled.cycle.title),
      regionName: pick(compiled.cycle.regionName),
      partners: pick(compiled.cycle.partners),
    },
    number: options.number,
    publishedAt,
    compiledAt: compiled.compiledAt,
    totals: compiled.totals,
    introduction: pick(narrative.introduction),
    conclusions: pick(narrative.conclusions),
    objectives: compiled.objectives.map((o) => ({
      number: o.number,
      title: pick(o.title),
      narrative: pick(narrative.objectives[String(o.number)]),
      national: {
        reporters: reporters(o.national.reporters),
        statuses: o.national.statuses,
        withoutStatus: o.national.withoutStatus,
        extracts: extracts(o.national.extracts),
        notReported: o.national.notReported.length,
      },
      parallel: {
        reporters: reporters(o.parallel.reporters),
        statuses: o.parallel.statuses,
        withoutStatus: o.parallel.withoutStatus,
        extracts: extracts(o.parallel.extracts),
      },
      contributions: (o.contributions ?? []).map((e) => {
        const source = contributionSources.get(e.contributionId);
        return {
          contributionId: e.contributionId,
          kind: source?.kind ?? 'other',
          author: pick(source?.contributor),
          text: pick(e.text),
          href: contributionPath(e.contributionId),
        };
      }),
    })),
    contributions: (compiled.contributions ?? []).map((c) => ({
      id: c.contributionId,
      kind: c.kind,
      contributor: pick(c.contributor),
      receivedOn: c.receivedOn,
      objectives: c.objectives,
      href: contributionPath(c.contributionId),
    })),
    themes: compiled.themes.map((t) => ({
      theme: t.theme,
      national: extracts(t.national),
      parallel: extracts(t.parallel),
    })),
    coverage: {
      objectives: compiled.coverage.objectives,
      rows: byName(
        compiled.coverage.rows.map((r) => ({
          iso3: r.iso3,
          name: pick(r.name),
          inScope: r.inScope,
          hasReview: r.reviewId !== null,
          cells: r.cells,
        })),
        (r) => r.name.text,
      ),
    },
    leastReported: compiled.leastReported.map((l) => ({ ...l, title: titleOf(l.objective) })),
    trends: (compiled.trends?.indicators ?? []).map((part) => ({
      indicator: part.indicator,
      rows: byName(
        part.latest.map((f) => ({
          ...f,
          name: pick(compiled.trends?.states[f.iso3] ?? { en: f.iso3 }),
          series: part.series[f.iso3] ?? [],
        })),
        (r) => r.name.text,
      ),
      total: part.total,
    })),
    sampleData: compiled.sources.some((s) => s.isSample),
  };
}

/** What a coverage cell shows: the status given, else whether the objective was answered at all. */
export function coverageCellState(cell: CoverageCell): ObjectiveStatus | 'reported' | 'notReported' {
  return cell.status ?? (cell.reported ? 'reported' : 'notReported');
}
