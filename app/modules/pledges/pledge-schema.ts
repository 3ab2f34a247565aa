import { z } from 'zod';
import type { Translated } from '#db/schema/columns';
import { implementationStatuses, pledgeForms, pledgeKinds, pledgeLevels } from '#db/schema/pledges';
import { objectiveCount } from '~/modules/reference/constants';
import { currencyCodes } from '~/platform/currencies';
import { AppError } from '~/platform/errors';
import { normaliseDigits, plainText } from '~/platform/text/normalise-text';

/** Limits shared by the form, the API and the domain. */
export const TITLE_MAX_LENGTH = 200;
export const DESCRIPTION_MIN_LENGTH = 300;
export const DESCRIPTION_MAX_LENGTH = 3000;
export const INDICATOR_NAME_MAX_LENGTH = 300;
export const UNIT_MAX_LENGTH = 40;
export const MAX_INDICATORS = 20;
export const MAX_PARTNERS = 30;
export const MAX_PRINCIPLES = 10;
export const MAX_COUNTRIES = 200;
export const MAX_REGIONS = 50;
export const AMOUNT_MAX = 1e13;
export const NUMBER_MAX = 1e15;
/** A pledge's end date may lie at most this many years after the day it is checked. */
export const MAX_DURATION_YEARS = 10;
export const COMMENT_MAX_LENGTH = 2000;
export const NARRATIVE_MAX_LENGTH = 5000;

/** Units whose values are percentages, so 0–100. */
export const percentUnits = [
  '%',
  '٪',
  'percent',
  'per cent',
  'percentage',
  'نسبة مئوية',
  'في المئة',
  'بالمئة',
];
export const isPercentUnit = (unit: string) => percentUnits.includes(unit.trim().toLowerCase());

const err = (code: string) => ({ error: `errors.${code}` });

/** A list from a form (one value arrives as a string) or from JSON. */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z.array(item),
  );

const emptyToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

/** Plain text in one language; empty means absent. */
const optionalText = (max: number, min = 1) =>
  z.preprocess((v) => {
    if (typeof v !== 'string') return v ?? undefined;
    return plainText(v) || undefined;
  }, z.string().min(min).max(max).optional());

const translatedText = (max: number, min = 1) =>
  z
    .object({ ar: optionalText(max, min), en: optionalText(max, min) })
    .default({})
    .transform((t) => {
      const out: Translated = {};
      if (t.ar) out.ar = t.ar;
      if (t.en) out.en = t.en;
      return out;
    });

/** A number typed in a form: Arabic digits, Arabic decimal separator and thousands separators accepted. */
export function parseNumberInput(v: unknown): unknown {
  if (typeof v !== 'string') return v ?? undefined;
  const s = normaliseDigits(v)
    .trim()
    .replace(/[\s,\u066C\u00A0\u202F]/g, '')
    .replace('\u066B', '.');
  if (!s) return undefined;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return v;
  return Number(s);
}

const numberSchema = (code: string) => z.number(err(code)).min(-NUMBER_MAX).max(NUMBER_MAX);
const number = (code: string) => z.preprocess(parseNumberInput, numberSchema(code));
const optionalNumber = (code: string) => z.preprocess(parseNumberInput, numberSchema(code).optional());

const toDateInput = (v: unknown) =>
  v instanceof Date
    ? v.toISOString().slice(0, 10)
    : typeof v === 'string'
      ? normaliseDigits(v).trim() || undefined
      : (v ?? undefined);
const isoDate = z.preprocess(toDateInput, z.iso.date(err('invalidDate')));
const optionalDate = z.preprocess(toDateInput, z.iso.date(err('invalidDate')).optional());

const uuid = z.uuid(err('invalidChoice'));
const iso3 = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
  z.string().regex(/^[A-Z]{3}$/, err('invalidChoice')),
);
const locale = z.enum(['ar', 'en'], err('invalidChoice'));
const bool = z.preprocess(
  (v) =>
    v === 'on' || v === 'true' || v === '1' ? true : v === '' || v === 'false' || v === '0' ? false : v,
  z.boolean(),
);

export const indicatorSchema = z.object({
  name: translatedText(INDICATOR_NAME_MAX_LENGTH),
  unit: z.preprocess(
    (v) => (typeof v === 'string' ? plainText(v) : v),
    z.string().min(1).max(UNIT_MAX_LENGTH),
  ),
  baseline: optionalNumber('baselineNotNumeric'),
  target: number('targetNotNumeric'),
  dueDate: optionalDate,
});

export const partnerSchema = z
  .object({
    organisationId: z.preprocess(emptyToUndefined, uuid.optional()),
    countryIso3: z.preprocess(emptyToUndefined, iso3.optional()),
  })
  .refine((p) => Boolean(p.organisationId) !== Boolean(p.countryIso3), {
    message: 'errors.partnerInvalid',
  });

/**
 * A pledge as the form and the API send it (structured; a form flattens indicators and
 * partners and the route rebuilds the lists). Drafts may lack indicators and an end date:
 * the quality check reports that and blocks submission.
 */
export const pledgeInputSchema = z
  .object({
    title: translatedText(TITLE_MAX_LENGTH),
    description: translatedText(DESCRIPTION_MAX_LENGTH, DESCRIPTION_MIN_LENGTH),
    originalLanguage: locale,
    kind: z.enum(pledgeKinds, err('invalidChoice')),
    matchesPledgeId: z.preprocess(emptyToUndefined, uuid.optional()),
    partners: list(partnerSchema).pipe(z.array(z.any()).max(MAX_PARTNERS)),
    forms: list(z.enum(pledgeForms, err('invalidChoice'))).pipe(z.array(z.any()).min(1)),
    financialAmount: z.preprocess(
      parseNumberInput,
      z.number(err('invalidFormat')).positive(err('amountNotPositive')).max(AMOUNT_MAX).optional(),
    ),
    financialCurrency: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toUpperCase() || undefined : (v ?? undefined)),
      z.enum(currencyCodes, err('invalidCurrency')).optional(),
    ),
    objectives: list(
      z.preprocess(
        (v) => (typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v),
        z
          .number(err('invalidChoice'))
          .int(err('invalidChoice'))
          .min(1, err('invalidChoice'))
          .max(objectiveCount, err('invalidChoice')),
      ),
    ).pipe(z.array(z.number()).min(1)),
    principles: list(z.string().trim().min(1).max(60)).pipe(z.array(z.string()).max(MAX_PRINCIPLES)),
    level: z.enum(pledgeLevels, err('invalidChoice')),
    countries: list(iso3).pipe(z.array(z.string()).max(MAX_COUNTRIES)),
    regions: list(z.string().trim().min(1).max(40)).pipe(z.array(z.string()).max(MAX_REGIONS)),
    startDate: optionalDate,
    endDate: optionalDate,
    refugeeOnly: bool.default(false).refine((v) => !v, { message: 'errors.pledgeRefugeeOnly' }),
    indicators: list(indicatorSchema).pipe(z.array(z.any()).max(MAX_INDICATORS)),
  })
  .superRefine((p, ctx) => {
    const issue = (path: (string | number)[], code: string, params?: Record<string, string | number>) =>
      ctx.addIssue({ code: 'custom', path, message: `errors.${code}`, params });
    const datesInOrder = !(p.startDate && p.endDate && p.endDate < p.startDate);
    if (!datesInOrder) issue(['endDate'], 'datesOutOfOrder');
    const lang = p.originalLanguage;
    if (!p.title[lang]) issue(['title'], 'pledgeOriginalTextRequired');
    if (!p.description[lang]) issue(['description'], 'pledgeOriginalTextRequired');
    const indicators = p.indicators as z.output<typeof indicatorSchema>[];
    indicators.forEach((indicator, i) => {
      if (!indicator.name[lang]) issue(['indicators', i, 'name'], 'pledgeOriginalTextRequired');
      if (isPercentUnit(indicator.unit)) {
        for (const key of ['baseline', 'target'] as const) {
          const v = indicator[key];
          if (v !== undefined && (v < 0 || v > 100)) issue(['indicators', i, key], 'percentOutOfRange');
        }
      }
      if (indicator.dueDate && datesInOrder) {
        if ((p.startDate && indicator.dueDate < p.startDate) || (p.endDate && indicator.dueDate > p.endDate))
          issue(['indicators', i, 'dueDate'], 'indicatorDueOutsidePeriod');
      }
    });

    const financial = p.forms.includes('financial');
    const hasAmount = p.financialAmount !== undefined || p.financialCurrency !== undefined;
    if (financial) {
      if (p.financialAmount === undefined) issue(['financialAmount'], 'pledgeAmountRequired');
      if (p.financialCurrency === undefined) issue(['financialCurrency'], 'pledgeAmountRequired');
    } else if (hasAmount) {
      issue(['financialAmount'], 'pledgeAmountWithoutFinancialForm');
    }

    const partners = p.partners as z.output<typeof partnerSchema>[];
    if (p.kind === 'partnership' && !partners.length) issue(['partners'], 'pledgePartnersRequired');
    if (p.kind === 'individual' && partners.length) issue(['partners'], 'pledgePartnersNotExpected');
    const seen = new Set<string>();
    for (const partner of partners) {
      const key = partner.organisationId ?? partner.countryIso3 ?? '';
      if (seen.has(key)) issue(['partners'], 'duplicatePartner');
      seen.add(key);
    }
    if (p.kind === 'matching' && !p.matchesPledgeId) issue(['matchesPledgeId'], 'pledgeMatchRequired');

    if ((p.level === 'local' || p.level === 'national') && !p.countries.length)
      issue(['countries'], 'pledgeGeographyRequired');
    if (p.level === 'regional' && !p.countries.length && !p.regions.length)
      issue(['regions'], 'pledgeGeographyRequired');
  })
  .transform((p) => ({
    ...p,
    forms: [...new Set(p.forms)] as (typeof pledgeForms)[number][],
    objectives: [...new Set(p.objectives)].sort((a, b) => a - b),
    principles: [...new Set(p.principles)],
    countries: [...new Set(p.countries)],
    regions: [...new Set(p.regions)],
    partners: p.partners as z.output<typeof partnerSchema>[],
    indicators: p.indicators as z.output<typeof indicatorSchema>[],
    matchesPledgeId: p.kind === 'matching' ? p.matchesPledgeId : undefined,
  }));

export type PledgeInput = z.output<typeof pledgeInputSchema>;
export type PledgeIndicatorInput = z.output<typeof indicatorSchema>;

/** A progress update on a published pledge. */
export const progressUpdateSchema = z
  .object({
    reportedOn: isoDate,
    status: z.enum(implementationStatuses, err('invalidChoice')),
    narrative: translatedText(NARRATIVE_MAX_LENGTH),
    originalLanguage: locale,
    values: list(
      z.object({
        indicatorId: uuid,
        value: number('valueNotNumeric'),
      }),
    ).pipe(z.array(z.any()).max(MAX_INDICATORS)),
  })
  .superRefine((u, ctx) => {
    if (!u.narrative[u.originalLanguage])
      ctx.addIssue({ code: 'custom', path: ['narrative'], message: 'errors.pledgeOriginalTextRequired' });
    const ids = (u.values as { indicatorId: string }[]).map((v) => v.indicatorId);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', path: ['values'], message: 'errors.duplicateIndicator' });
  })
  .transform((u) => ({ ...u, values: u.values as { indicatorId: string; value: number }[] }));

export type ProgressUpdateInput = z.output<typeof progressUpdateSchema>;

/** One refused field: the error code (under "errors."), its params and where it is. */
export interface InputIssue {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

function toIssue(issue: z.core.$ZodIssue): InputIssue {
  const field = issue.path.map(String).join('.') || '_form';
  if (issue.message?.startsWith('errors.')) {
    const params = issue.code === 'custom' ? (issue.params as InputIssue['params']) : undefined;
    return { field, code: issue.message.slice(7), ...(params ? { params } : {}) };
  }
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? { field, code: 'required' }
          : { field, code: 'tooShort', params: { min: Number(issue.minimum) } };
      if (issue.origin === 'array')
        return { field, code: 'chooseAtLeast', params: { min: Number(issue.minimum) } };
      return { field, code: 'tooSmall', params: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string')
        return { field, code: 'tooLong', params: { max: Number(issue.maximum) } };
      return { field, code: 'tooBig', params: { max: Number(issue.maximum) } };
    case 'invalid_value':
      return { field, code: 'invalidChoice' };
    case 'invalid_type':
      return { field, code: issue.input === undefined ? 'required' : 'invalidFormat' };
    default:
      return { field, code: 'invalidFormat' };
  }
}

/**
 * Parses with the schema or throws AppError(first issue's code, 400, params) with every issue
 * ({ field, code, params }) in `details.issues`, so an API can report them all.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map(toIssue);
  const first = issues[0]!;
  throw new AppError(first.code, 400, { ...first.params, field: first.field }, { issues });
}

export const parsePledgeInput = (raw: unknown): PledgeInput => parseOrThrow(pledgeInputSchema, raw);
export const parseProgressUpdate = (raw: unknown): ProgressUpdateInput =>
  parseOrThrow(progressUpdateSchema, raw);
