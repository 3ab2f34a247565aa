import type { PledgeStatus } from '#db/schema/pledge-values';
import type { FieldErrors } from '~/platform/errors';
import { fieldErrorsOf } from '~/platform/forms/issues';
import { pledgeInputSchema } from './pledge-schema';
import { type QualityFinding, qualityCheck } from './quality-check';

/** A stored pledge as the submission rules read it (the row, its indicators and partners). */
export interface StoredPledge {
  organisationId: string | null;
  countryIso3: string | null;
  pledgerCategory: string | null;
  status?: PledgeStatus;
  title: { ar?: string; en?: string };
  description: { ar?: string; en?: string };
  originalLanguage: string;
  kind: string;
  matchesPledgeId: string | null;
  forms: string[];
  financialAmount: number | null;
  financialCurrency: string | null;
  level: string;
  startDate: string | null;
  endDate: string | null;
  refugeeOnly: boolean;
  sdgTargets: string[];
  taggedObjectives: number[];
  taggedPrinciples: string[];
  taggedCountries: string[];
  taggedRegions: string[];
}
export interface StoredIndicator {
  name: { ar?: string; en?: string };
  unit: string;
  baseline: number | null;
  target: number;
  dueDate: string | null;
}
export interface StoredPartner {
  organisationId: string | null;
  countryIso3: string | null;
  confirmedAt: Date | string | null;
}

const orUndefined = <T>(v: T | null) => (v === null ? undefined : v);

/** The stored draft as the input the complete pledge schema parses. */
export function inputOfStored(
  pledge: StoredPledge,
  indicators: StoredIndicator[],
  partners: StoredPartner[],
) {
  return {
    title: pledge.title,
    description: pledge.description,
    originalLanguage: pledge.originalLanguage,
    pledgerCategory: orUndefined(pledge.pledgerCategory),
    kind: pledge.kind,
    matchesPledgeId: orUndefined(pledge.matchesPledgeId),
    partners: partners.map((p) =>
      p.organisationId ? { organisationId: p.organisationId } : { countryIso3: p.countryIso3 },
    ),
    forms: pledge.forms,
    financialAmount: orUndefined(pledge.financialAmount),
    financialCurrency: orUndefined(pledge.financialCurrency),
    objectives: pledge.taggedObjectives,
    principles: pledge.taggedPrinciples,
    level: pledge.level,
    countries: pledge.taggedCountries,
    regions: pledge.taggedRegions,
    sdgTargets: pledge.sdgTargets,
    startDate: orUndefined(pledge.startDate),
    endDate: orUndefined(pledge.endDate),
    refugeeOnly: pledge.refugeeOnly,
    indicators: indicators.map((i) => ({
      name: i.name,
      unit: i.unit,
      baseline: orUndefined(i.baseline),
      target: i.target,
      dueDate: orUndefined(i.dueDate),
    })),
  };
}

/**
 * Pure: what keeps a saved draft from being submitted, by field path (the form shows each beside
 * its field): the rules of a complete pledge (pledgeInputSchema). The quality check's errors are
 * reported apart (submissionFindings).
 */
export function submissionErrors(
  pledge: StoredPledge,
  indicators: StoredIndicator[],
  partners: StoredPartner[],
): FieldErrors {
  const parsed = pledgeInputSchema.safeParse(inputOfStored(pledge, indicators, partners));
  return parsed.success ? {} : fieldErrorsOf(parsed.error.issues);
}

/** The quality check of the stored draft; its errors block submission too. */
export function submissionFindings(
  pledge: StoredPledge,
  indicators: StoredIndicator[],
  partners: StoredPartner[],
  today: Date | string,
): QualityFinding[] {
  return qualityCheck({
    pledge: {
      title: pledge.title,
      description: pledge.description,
      endDate: pledge.endDate,
      indicators,
      partners: partners.map((p) => ({ confirmed: Boolean(p.confirmedAt) })),
    },
    today,
  });
}
