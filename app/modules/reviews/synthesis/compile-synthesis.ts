import type { Locale, Translated } from '#db/schema/columns';
import {
  type CompiledSynthesis,
  type CoverageCell,
  type StatusCounts,
  type SynthesisContributionSource,
  type SynthesisExtract,
  type SynthesisObjective,
  type SynthesisObjectivePart,
  type SynthesisSource,
  type SynthesisTheme,
  synthesisThemes,
} from '#db/schema/review-synthesis-types';
import {
  freeFormSectionKey,
  type ObjectiveStatus,
  objectiveStatuses,
  type ReviewKind,
  type SectionKind,
} from '#db/schema/review-values';
import { extractText } from './extract-text';
import { compileTrends, type TrendFigureInputRow } from './trends/compile-trends';

/** How many objectives the "least reported" list names at least (more when tied). */
export const leastReportedCount = 5;

export interface SynthesisSectionInput {
  sectionKey: string;
  body: Translated;
  objectiveStatus: ObjectiveStatus | null;
  measures: Translated;
  partners: Translated;
  dataAvailable: Translated;
}

export interface SynthesisReviewInput {
  id: string;
  kind: ReviewKind;
  countryIso3: string | null;
  organisationId: string | null;
  /** The state's or organisation's name. */
  authorName: Translated;
  title: Translated;
  originalLanguage: Locale;
  freeForm: boolean;
  isSample: boolean;
  /** Objective tags of the review (used for free-form parallel reviews, which have no objective sections). */
  objectiveTags: number[];
  sections: SynthesisSectionInput[];
}

/** Everything the compiler reads: the cycle, the states in scope, the template's section kinds, the published reviews. */
export interface SynthesisInput {
  cycle: CompiledSynthesis['cycle'];
  statesInScope: { iso3: string; name: Translated }[];
  objectives: { number: number; title: Translated }[];
  /** The cycle template's sections: what each section key is about. */
  templateSections: { key: string; kind: SectionKind; objective: number | null }[];
  /** Published reviews only; the loader filters. */
  reviews: SynthesisReviewInput[];
  /** Contributions recorded on the cycle (consultative processes, parliaments, UN agencies, …), with their text. */
  contributions?: (SynthesisContributionSource & { text: Translated })[];
  /** Names of states that published a national review without being in scope (rare: scope changed later). */
  extraStateNames?: Record<string, Translated>;
  /** The figures recorded for the migration patterns and trends section. */
  figures?: TrendFigureInputRow[];
  compiledAt: Date;
}

const hasText = (value: Translated | null | undefined) => Boolean(value?.ar?.trim() || value?.en?.trim());

/** Answered: an implementation status other than "not applicable", or any text. */
export function isSectionAnswered(section: SynthesisSectionInput | undefined): boolean {
  if (!section) return false;
  if (section.objectiveStatus && section.objectiveStatus !== 'not_applicable') return true;
  return (
    hasText(section.body) ||
    hasText(section.measures) ||
    hasText(section.partners) ||
    hasText(section.dataAvailable)
  );
}

/** The text trimmed to a quotation, in each language it was written in; null when there is none. */
function quotationOf(value: Translated): Translated | null {
  const text: Translated = {};
  for (const lang of ['ar', 'en'] as const) {
    const raw = value[lang]?.trim();
    if (raw) text[lang] = extractText(raw, { locale: lang }).text;
  }
  return text.ar || text.en ? text : null;
}

function extractOf(
  review: SynthesisReviewInput,
  sectionKey: string,
  field: SynthesisExtract['field'],
  value: Translated,
): SynthesisExtract | null {
  const text = quotationOf(value);
  return text ? { reviewId: review.id, sectionKey, field, text } : null;
}

const emptyCounts = (): StatusCounts =>
  Object.fromEntries(objectiveStatuses.map((s) => [s, 0])) as StatusCounts;

const emptyPart = (): SynthesisObjectivePart => ({
  reporters: [],
  statuses: emptyCounts(),
  withoutStatus: 0,
  extracts: [],
});

function addSection(
  part: SynthesisObjectivePart,
  review: SynthesisReviewInput,
  section: SynthesisSectionInput,
) {
  if (section.objectiveStatus) part.statuses[section.objectiveStatus] += 1;
  if (!isSectionAnswered(section)) return;
  part.reporters.push(review.id);
  if (!section.objectiveStatus) part.withoutStatus += 1;
  for (const field of ['measures', 'body'] as const) {
    const extract = extractOf(review, section.sectionKey, field, section[field]);
    if (extract) part.extracts.push(extract);
  }
}

const byAuthor = (a: SynthesisReviewInput, b: SynthesisReviewInput) =>
  (a.countryIso3 ?? a.organisationId ?? a.id).localeCompare(b.countryIso3 ?? b.organisationId ?? b.id) ||
  a.id.localeCompare(b.id);

/**
 * Compiles the regional synthesis of a cycle from its published reviews, national and parallel
 * apart: per objective who reported, the spread of implementation statuses and quotations of the
 * measures and text, and quotations of the contributions recorded on the cycle (consultative
 * processes, parliaments, UN agencies, networks, consultations) tagged with it; per theme (challenges, priorities, promising practices, support) quotations
 * per state or organisation; the coverage matrix states × objectives; and the objectives fewest
 * states reported on. Pure: the same input gives the same report.
 */
export function compileSynthesis(input: SynthesisInput): CompiledSynthesis {
  const reviews = [...input.reviews].sort(byAuthor);
  const objectiveNumbers = input.objectives.map((o) => o.number).sort((a, b) => a - b);
  const sectionKeyOfObjective = new Map<number, string>();
  const themeKeys = new Map<SynthesisTheme, string[]>();
  for (const section of input.templateSections) {
    if (section.kind === 'objective' && section.objective !== null) {
      sectionKeyOfObjective.set(section.objective, section.key);
    } else if ((synthesisThemes as readonly string[]).includes(section.kind)) {
      const theme = section.kind as SynthesisTheme;
      themeKeys.set(theme, [...(themeKeys.get(theme) ?? []), section.key]);
    }
  }

  const national = reviews.filter((r) => r.kind === 'national' && r.countryIso3);
  const parallel = reviews.filter((r) => r.kind === 'parallel');
  const nationalByState = new Map(national.map((r) => [r.countryIso3!, r]));
  const sectionsOf = new Map(reviews.map((r) => [r.id, new Map(r.sections.map((s) => [s.sectionKey, s]))]));

  // Rows of the matrix: the states in scope, then any state that published without being in scope.
  const inScope = new Set(input.statesInScope.map((s) => s.iso3));
  const states = [
    ...input.statesInScope.map((s) => ({ ...s, inScope: true })),
    ...national
      .filter((r) => !inScope.has(r.countryIso3!))
      .map((r) => ({
        iso3: r.countryIso3!,
        name: input.extraStateNames?.[r.countryIso3!] ?? r.authorName,
        inScope: false,
      })),
  ].sort((a, b) => a.iso3.localeCompare(b.iso3));

  const contributions = [...(input.contributions ?? [])].sort(
    (a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.contributionId.localeCompare(b.contributionId),
  );
  const objectives: SynthesisObjective[] = objectiveNumbers.map((number) => {
    const key = sectionKeyOfObjective.get(number);
    const nationalPart = emptyPart();
    const parallelPart = emptyPart();
    for (const review of reviews) {
      const part = review.kind === 'national' ? nationalPart : parallelPart;
      if (review.freeForm) {
        // A free-form parallel review has one section: quoted under the objectives it is tagged with.
        const body = sectionsOf.get(review.id)?.get(freeFormSectionKey);
        if (body && review.objectiveTags.includes(number)) addSection(part, review, body);
        continue;
      }
      const section = key ? sectionsOf.get(review.id)?.get(key) : undefined;
      if (section) addSection(part, review, section);
    }
    const reported = new Set(nationalPart.reporters);
    return {
      number,
      title: input.objectives.find((o) => o.number === number)?.title ?? {},
      national: {
        ...nationalPart,
        notReported: states
          .filter((s) => !reported.has(nationalByState.get(s.iso3)?.id ?? ''))
          .map((s) => s.iso3),
      },
      parallel: parallelPart,
      contributions: contributions.flatMap((c) => {
        const text = c.objectives.includes(number) ? quotationOf(c.text) : null;
        return text ? [{ contributionId: c.contributionId, text }] : [];
      }),
    };
  });

  const themes = synthesisThemes.map((theme) => {
    const keys = themeKeys.get(theme) ?? [];
    const quote = (list: SynthesisReviewInput[]) =>
      list.flatMap((review) =>
        review.freeForm
          ? []
          : keys.flatMap((key) => {
              const section = sectionsOf.get(review.id)?.get(key);
              const extract = section ? extractOf(review, key, 'body', section.body) : null;
              return extract ? [extract] : [];
            }),
      );
    return { theme, national: quote(national), parallel: quote(parallel) };
  });

  const coverageRows = states.map((state) => {
    const review = nationalByState.get(state.iso3);
    const cells: CoverageCell[] = objectiveNumbers.map((number) => {
      const key = sectionKeyOfObjective.get(number);
      const section = review && key ? sectionsOf.get(review.id)?.get(key) : undefined;
      return { reported: isSectionAnswered(section), status: section?.objectiveStatus ?? null };
    });
    return {
      iso3: state.iso3,
      name: state.name,
      inScope: state.inScope,
      reviewId: review?.id ?? null,
      cells,
    };
  });

  const counts = objectives
    .map((o) => ({ objective: o.number, count: o.national.reporters.length }))
    .sort((a, b) => a.count - b.count || a.objective - b.objective);
  const threshold = counts[Math.min(leastReportedCount, counts.length) - 1]?.count ?? 0;

  const sources: SynthesisSource[] = reviews.map((r) => ({
    reviewId: r.id,
    kind: r.kind,
    iso3: r.countryIso3,
    organisationId: r.organisationId,
    name:
      r.kind === 'national'
        ? (states.find((s) => s.iso3 === r.countryIso3)?.name ?? r.authorName)
        : r.authorName,
    title: r.title,
    originalLanguage: r.originalLanguage,
    isSample: r.isSample,
  }));

  return {
    format: 1,
    compiledAt: input.compiledAt.toISOString(),
    cycle: input.cycle,
    totals: {
      statesInScope: input.statesInScope.length,
      nationalPublished: national.length,
      parallelPublished: parallel.length,
      contributions: contributions.length,
    },
    sources,
    contributions: contributions.map(({ text: _text, ...source }) => source),
    objectives,
    themes,
    coverage: { objectives: objectiveNumbers, rows: coverageRows },
    leastReported: counts.filter((c) => c.count <= threshold),
    trends: compileTrends(input.figures ?? []),
  };
}
