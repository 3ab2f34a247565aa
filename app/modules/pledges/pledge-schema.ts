import { z } from 'zod';
import {
  implementationStatuses,
  organisationPledgerCategories,
  pledgeForms,
  pledgeKinds,
  pledgeLevels,
} from '#db/schema/pledges';
import { objectiveCount } from '~/modules/reference/constants';
import { sdgTargetList } from '~/modules/reference/sdg-target-field';
import { sortSdgTargets } from '~/modules/reference/sdg-targets';
import { currencyCodes } from '~/platform/currencies';
import {
  checkbox,
  choice,
  code,
  date,
  iso3,
  language,
  list,
  number,
  optionalAmount,
  optionalChoice,
  optionalDate,
  optionalIso3,
  optionalNumber,
  optionalUuid,
  present,
  requireOriginal,
  rows,
  text,
  translatedText,
  uuid,
} from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';
import { normaliseDigits } from '~/platform/text/normalise-text';
import { findUuid } from '~/platform/uuid';

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
export const MAX_SDG_TARGETS = 20;
/** Paragraphs of published outcome documents a pledge may cite. */
export const MAX_CITATIONS = 10;
export const AMOUNT_MAX = 1e13;
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

/** A partner as the form sends it ('o:<organisation id>', 'c:<ISO3>') or as JSON sends it. */
const partnerKey = (v: unknown) => {
  if (typeof v !== 'string') return v;
  if (v.startsWith('o:')) return { organisationId: v.slice(2) };
  if (v.startsWith('c:')) return { countryIso3: v.slice(2) };
  return v;
};
export const indicatorSchema = z.object({
  name: translatedText({ max: INDICATOR_NAME_MAX_LENGTH }),
  unit: text({ max: UNIT_MAX_LENGTH }),
  baseline: optionalNumber({ invalid: 'baselineNotNumeric' }),
  target: number({ invalid: 'targetNotNumeric' }),
  dueDate: optionalDate(),
});

export const partnerSchema = z.preprocess(
  partnerKey,
  z
    .object({ organisationId: optionalUuid(), countryIso3: optionalIso3() })
    .refine((p) => Boolean(p.organisationId) !== Boolean(p.countryIso3), code('partnerInvalid')),
);

/** An objective by its number (1–23), typed in any digits. */
export const objectiveNumber = z.preprocess(
  (v) => (typeof v === 'string' && /^\d+$/.test(normaliseDigits(v).trim()) ? Number(normaliseDigits(v)) : v),
  z
    .number(code('invalidChoice'))
    .int(code('invalidChoice'))
    .min(1, code('invalidChoice'))
    .max(objectiveCount, code('invalidChoice')),
);

/**
 * A pledge as the form and the API send it. The form's field names are these paths (`title.ar`,
 * `indicators[2].target`, `partners[0]`); rows it offered and the user left blank are dropped
 * after the rules are checked, so a refusal still names the row the user sees.
 *
 * Two modes. 'draft' (saving) checks only what a stored draft cannot hold: the shape of each value
 * (a date is a date, a code is in its list, limits), dates in order, an amount with its currency,
 * a started indicator's unit and target, no partner twice. 'submit' adds every rule of a complete
 * pledge (texts in the original language, the description's length, forms, objectives, amounts,
 * partners, geography, percentages, due dates); submitPledge applies it to the stored draft.
 */
const pledgeSchema = (mode: 'draft' | 'submit') => {
  const complete = mode === 'submit';
  return z
    .object({
      title: translatedText({ max: TITLE_MAX_LENGTH }),
      description: translatedText({
        max: DESCRIPTION_MAX_LENGTH,
        min: complete ? DESCRIPTION_MIN_LENGTH : undefined,
      }),
      originalLanguage: language(),
      /** An organisation pledger's category; a state's is always 'state' (not asked). */
      pledgerCategory: optionalChoice(organisationPledgerCategories),
      kind: choice(pledgeKinds),
      // A pasted address of the matched pledge is as good as its id.
      matchesPledgeId: z.preprocess((v) => (typeof v === 'string' ? (findUuid(v) ?? v) : v), optionalUuid()),
      partners: rows(partnerSchema, { max: MAX_PARTNERS }),
      forms: list(choice(pledgeForms), { min: complete ? 1 : 0 }),
      financialAmount: optionalAmount({ max: AMOUNT_MAX }),
      financialCurrency: z.preprocess(
        (v) => (typeof v === 'string' ? v.trim().toUpperCase() || undefined : (v ?? undefined)),
        z.enum(currencyCodes, code('invalidCurrency')).optional(),
      ),
      objectives: list(objectiveNumber, { min: complete ? 1 : 0 }),
      principles: list(text({ max: 60 }), { max: MAX_PRINCIPLES }),
      level: choice(pledgeLevels),
      countries: list(iso3(), { max: MAX_COUNTRIES }),
      regions: list(text({ max: 40 }), { max: MAX_REGIONS }),
      sdgTargets: sdgTargetList({ max: MAX_SDG_TARGETS }),
      startDate: optionalDate(),
      endDate: optionalDate(),
      refugeeOnly: checkbox().refine((v) => !v, code('pledgeRefugeeOnly')),
      indicators: rows(indicatorSchema, { max: MAX_INDICATORS }),
      /** Addresses of cited paragraphs: one per line in the form, a list in the API (checked on save). */
      citations: z.preprocess(
        (v) => (typeof v === 'string' ? v.split(/\r?\n/).map((line) => line.trim()) : v),
        list(text({ max: 500 }), { max: MAX_CITATIONS }),
      ),
    })
    .superRefine((p, ctx) => {
      const issue = (path: (string | number)[], key: string, params?: Record<string, string | number>) =>
        ctx.addIssue({ code: 'custom', path, message: `errors.${key}`, params });
      const datesInOrder = !(p.startDate && p.endDate && p.endDate < p.startDate);
      if (!datesInOrder) issue(['endDate'], 'datesOutOfOrder');
      const partners = present(p.partners);
      const seen = new Set<string>();
      for (const partner of partners) {
        const key = partner.organisationId ?? partner.countryIso3 ?? '';
        if (seen.has(key)) issue(['partners'], 'duplicatePartner');
        seen.add(key);
      }
      // A stored amount has its currency (and the other way round), whatever the forms say so far.
      if ((p.financialAmount === undefined) !== (p.financialCurrency === undefined)) {
        if (p.financialAmount === undefined) issue(['financialAmount'], 'pledgeAmountRequired');
        else issue(['financialCurrency'], 'pledgeAmountRequired');
      }
      if (!complete) return;

      const lang = p.originalLanguage;
      requireOriginal(ctx, p.title, lang, ['title'], 'pledgeOriginalTextRequired');
      requireOriginal(ctx, p.description, lang, ['description'], 'pledgeOriginalTextRequired');
      p.indicators.forEach((indicator, i) => {
        if (!indicator) return;
        requireOriginal(ctx, indicator.name, lang, ['indicators', i, 'name'], 'pledgeOriginalTextRequired');
        if (isPercentUnit(indicator.unit)) {
          for (const key of ['baseline', 'target'] as const) {
            const v = indicator[key];
            if (v !== undefined && (v < 0 || v > 100)) issue(['indicators', i, key], 'percentOutOfRange');
          }
        }
        if (indicator.dueDate && datesInOrder) {
          if (
            (p.startDate && indicator.dueDate < p.startDate) ||
            (p.endDate && indicator.dueDate > p.endDate)
          )
            issue(['indicators', i, 'dueDate'], 'indicatorDueOutsidePeriod');
        }
      });

      const financial = p.forms.includes('financial');
      const hasAmount = p.financialAmount !== undefined || p.financialCurrency !== undefined;
      if (financial) {
        if (!hasAmount) issue(['financialAmount'], 'pledgeAmountRequired');
      } else if (hasAmount) {
        issue(['financialAmount'], 'pledgeAmountWithoutFinancialForm');
      }

      if (p.kind === 'partnership' && !partners.length) issue(['partners'], 'pledgePartnersRequired');
      if (p.kind === 'individual' && partners.length) issue(['partners'], 'pledgePartnersNotExpected');
      if (p.kind === 'matching' && !p.matchesPledgeId) issue(['matchesPledgeId'], 'pledgeMatchRequired');

      if ((p.level === 'local' || p.level === 'national') && !p.countries.length)
        issue(['countries'], 'pledgeGeographyRequired');
      if (p.level === 'regional' && !p.countries.length && !p.regions.length)
        issue(['regions'], 'pledgeGeographyRequired');
    })
    .transform((p) => ({
      ...p,
      forms: [...new Set(p.forms)],
      objectives: [...new Set(p.objectives)].sort((a, b) => a - b),
      principles: [...new Set(p.principles)],
      countries: [...new Set(p.countries)],
      regions: [...new Set(p.regions)],
      sdgTargets: sortSdgTargets(p.sdgTargets),
      partners: present(p.partners),
      indicators: present(p.indicators),
      matchesPledgeId: p.kind === 'matching' ? p.matchesPledgeId : undefined,
    }));
};

/** A complete pledge: every rule (submission, the import). */
export const pledgeInputSchema = pledgeSchema('submit');
/** A draft being saved: only what a stored draft cannot hold (see pledgeSchema). */
export const pledgeDraftSchema = pledgeSchema('draft');

export type PledgeInput = z.output<typeof pledgeInputSchema>;
export type PledgeIndicatorInput = z.output<typeof indicatorSchema>;

const readings = (values: ({ indicatorId: string; value?: number } | null)[]) =>
  present(values).filter((v): v is { indicatorId: string; value: number } => v.value !== undefined);

/** A progress update on a published pledge (`values[0].indicatorId`, `values[0].value`, …). */
export const progressUpdateSchema = z
  .object({
    reportedOn: date(),
    status: choice(implementationStatuses),
    narrative: translatedText({ max: NARRATIVE_MAX_LENGTH }),
    originalLanguage: language(),
    // A form offers every indicator; one left blank has no reading this time.
    values: rows(z.object({ indicatorId: uuid(), value: optionalNumber({ invalid: 'valueNotNumeric' }) }), {
      max: MAX_INDICATORS,
    }),
  })
  .superRefine((u, ctx) => {
    requireOriginal(ctx, u.narrative, u.originalLanguage, ['narrative'], 'pledgeOriginalTextRequired');
    const ids = readings(u.values).map((v) => v.indicatorId);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', path: ['values'], message: 'errors.duplicateIndicator' });
  })
  .transform((u) => ({ ...u, values: readings(u.values) }));

export type ProgressUpdateInput = z.output<typeof progressUpdateSchema>;

/** Parses with the schema or throws every refusal by path (AppError details.fieldErrors). */
export const parsePledgeInput = (raw: unknown): PledgeInput => parseInput(pledgeInputSchema, raw);
export const parsePledgeDraft = (raw: unknown): PledgeInput => parseInput(pledgeDraftSchema, raw);
export const parseProgressUpdate = (raw: unknown): ProgressUpdateInput =>
  parseInput(progressUpdateSchema, raw);
