import type { Translated } from '#db/schema/columns';
import { normaliseForMatch } from '~/platform/text/normalise-text';
import { MAX_DURATION_YEARS } from './pledge-schema';
import { vagueTerms } from './vague-terms';

export type FindingSeverity = 'error' | 'warning';
export type FindingCode =
  | 'noMeasurableTarget'
  | 'noEndDate'
  | 'endDatePassed'
  | 'endDateTooFar'
  | 'vagueWording'
  | 'targetWithoutBaseline'
  | 'partnersUnconfirmed';

/** One finding; the text is `pledges.quality.<code>` with `params` (translated at render). */
export interface QualityFinding {
  code: FindingCode;
  severity: FindingSeverity;
  params: Record<string, string | number>;
}

/** What the check reads: a draft being written (form values) or a stored pledge. */
export interface QualityInput {
  title?: Translated;
  description?: Translated;
  endDate?: string | null;
  indicators?: {
    name?: Translated;
    unit?: string | null;
    baseline?: number | null;
    target?: number | null;
  }[];
  /** Partners and whether each has confirmed; a draft's new partners have not. */
  partners?: { confirmed: boolean }[];
}

interface Matcher {
  term: string;
  pattern: RegExp;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function englishMatcher(entry: string): Matcher {
  const [term, ...rest] = entry.split('|');
  const variants = [term!, ...rest].map((v) => escapeRegExp(normaliseForMatch(v).trim()));
  return { term: term!, pattern: new RegExp(` (?:${variants.join('|')}) `, 'u') };
}

function arabicMatcher(entry: string): Matcher {
  const [term, ...rest] = entry.split('|');
  const variants = [term!, ...rest].flatMap((v) => {
    const n = normaliseForMatch(v).trim();
    // ل + ال contracts to لل: "للتوعيه" is ل + "التوعيه".
    return n.startsWith('ال') ? [escapeRegExp(n), `لل${escapeRegExp(n.slice(2))}`] : [escapeRegExp(n)];
  });
  return {
    term: term!,
    pattern: new RegExp(` (?:[وف])?(?:[بلك])?(?:${variants.join('|')})`, 'u'),
  };
}

const matchers: Matcher[] = [...vagueTerms.en.map(englishMatcher), ...vagueTerms.ar.map(arabicMatcher)];

/** The vague terms (their shown forms) found in the texts, each once, in list order. */
export function findVagueTerms(texts: (string | undefined | null)[]): string[] {
  const haystack = texts
    .filter((t): t is string => Boolean(t))
    .map(normaliseForMatch)
    .join('\n');
  return matchers.filter((m) => m.pattern.test(haystack)).map((m) => m.term);
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** 'YYYY-MM-DD' plus whole years, 29 February becoming 28 February when needed. */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

export const toIsoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Pure: what keeps this pledge from being concrete, measurable and time-bound. Errors block
 * submission; warnings are advice. Runs on every keystroke-save and again on submission.
 */
export function qualityCheck(options: { pledge: QualityInput; today: Date | string }): QualityFinding[] {
  const { pledge } = options;
  const today = typeof options.today === 'string' ? options.today : toIsoDate(options.today);
  const findings: QualityFinding[] = [];
  const indicators = pledge.indicators ?? [];

  const measurable = indicators.filter((i) => isNumber(i.target) && Boolean(i.unit?.trim()));
  if (!measurable.length) findings.push({ code: 'noMeasurableTarget', severity: 'error', params: {} });

  if (!pledge.endDate) {
    findings.push({ code: 'noEndDate', severity: 'error', params: {} });
  } else if (pledge.endDate < today) {
    findings.push({ code: 'endDatePassed', severity: 'error', params: { endDate: pledge.endDate } });
  } else if (pledge.endDate > addYears(today, MAX_DURATION_YEARS)) {
    findings.push({ code: 'endDateTooFar', severity: 'error', params: { years: MAX_DURATION_YEARS } });
  }

  const terms = findVagueTerms([
    pledge.title?.ar,
    pledge.title?.en,
    pledge.description?.ar,
    pledge.description?.en,
    ...indicators.flatMap((i) => [i.name?.ar, i.name?.en]),
  ]);
  if (terms.length) {
    findings.push({
      code: 'vagueWording',
      severity: 'warning',
      params: { count: terms.length, terms: terms.join(', ') },
    });
  }

  const withoutBaseline = measurable.filter((i) => !isNumber(i.baseline));
  if (withoutBaseline.length) {
    findings.push({
      code: 'targetWithoutBaseline',
      severity: 'warning',
      params: { count: withoutBaseline.length },
    });
  }

  const unconfirmed = (pledge.partners ?? []).filter((p) => !p.confirmed).length;
  if (unconfirmed) {
    findings.push({ code: 'partnersUnconfirmed', severity: 'warning', params: { count: unconfirmed } });
  }
  return findings;
}

export const hasQualityErrors = (findings: QualityFinding[]) => findings.some((f) => f.severity === 'error');
