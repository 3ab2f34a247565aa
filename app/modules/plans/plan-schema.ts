import { z } from 'zod';
import type { Translated } from '#db/schema/columns';
import { actionStatuses } from '#db/schema/plan-values';
import { isPercentUnit, objectiveNumber } from '~/modules/pledges/pledge-schema';
import { currencyCodes } from '~/platform/currencies';
import {
  choice,
  code,
  date,
  language,
  list,
  optionalAmount,
  optionalDate as optionalDateField,
  optionalNumber as optionalNumberField,
  optionalText as optionalTextField,
  requireOriginal,
  text,
  translatedText,
} from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';
import {
  ACTION_DESCRIPTION_MAX,
  ACTION_TITLE_MAX,
  AMOUNT_MAX,
  ENTITY_MAX,
  INDICATOR_NAME_MAX,
  MAX_PRINCIPLES,
  NARRATIVE_MAX,
  NUMBER_MAX,
  PARTNERS_MAX,
  PLAN_TITLE_MAX,
  SUMMARY_MAX,
  UNIT_MAX,
} from './plan-limits';

/**
 * The three forms of the plans area (plan header, action, progress update), one Zod schema each.
 * The plan and action forms still use flat names (titleAr, budgetAmount, …); the progress update
 * is nested by schema path (narrative.ar), as all forms will be. A refused field maps straight back
 * to its input; the output is the structured record. Limits live in plan-limits.ts (shared with forms).
 */

const locale = language();
const isoDate = date();
const optionalDate = optionalDateField();
const optionalText = (max: number) => optionalTextField({ max });
const requiredText = (max: number) => text({ max });
const optionalNumber = (invalid: string) =>
  optionalNumberField({ invalid, min: -NUMBER_MAX, max: NUMBER_MAX });

const translatedOf = (ar?: string, en?: string): Translated => ({
  ...(ar ? { ar } : {}),
  ...(en ? { en } : {}),
});

type Issue = (path: string, key: string) => void;
const issuesOf =
  (ctx: z.RefinementCtx): Issue =>
  (path, key) =>
    ctx.addIssue({ code: 'custom', path: [path], message: `errors.${key}` });

/** The plan's header: title, summary, period, adoption date. */
export const planInputSchema = z
  .object({
    titleAr: optionalText(PLAN_TITLE_MAX),
    titleEn: optionalText(PLAN_TITLE_MAX),
    summaryAr: optionalText(SUMMARY_MAX),
    summaryEn: optionalText(SUMMARY_MAX),
    originalLanguage: locale,
    periodStart: isoDate,
    periodEnd: isoDate,
    adoptedOn: optionalDate,
  })
  .superRefine((p, ctx) => {
    const issue = issuesOf(ctx);
    const lang = p.originalLanguage === 'ar' ? 'Ar' : 'En';
    if (!p[`title${lang}`]) issue(`title${lang}`, 'planOriginalTextRequired');
    if (p.periodEnd < p.periodStart) issue('periodEnd', 'datesOutOfOrder');
  })
  .transform((p) => ({
    title: translatedOf(p.titleAr, p.titleEn),
    summary: translatedOf(p.summaryAr, p.summaryEn),
    originalLanguage: p.originalLanguage,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    adoptedOn: p.adoptedOn ?? null,
  }));
export type PlanInput = z.output<typeof planInputSchema>;

/** One action: what, who, when, how much, which objectives, how it is measured, where it stands. */
export const actionInputSchema = z
  .object({
    titleAr: optionalText(ACTION_TITLE_MAX),
    titleEn: optionalText(ACTION_TITLE_MAX),
    descriptionAr: optionalText(ACTION_DESCRIPTION_MAX),
    descriptionEn: optionalText(ACTION_DESCRIPTION_MAX),
    originalLanguage: locale,
    leadEntity: requiredText(ENTITY_MAX),
    partners: optionalText(PARTNERS_MAX),
    startDate: isoDate,
    endDate: isoDate,
    budgetAmount: optionalAmount({ max: AMOUNT_MAX }),
    budgetCurrency: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toUpperCase() || undefined : (v ?? undefined)),
      z.enum(currencyCodes, code('invalidCurrency')).optional(),
    ),
    objectives: list(objectiveNumber, { min: 1 }),
    principles: list(text({ max: 60 }), { max: MAX_PRINCIPLES }),
    indicatorNameAr: optionalText(INDICATOR_NAME_MAX),
    indicatorNameEn: optionalText(INDICATOR_NAME_MAX),
    indicatorUnit: optionalText(UNIT_MAX),
    indicatorBaseline: optionalNumber('baselineNotNumeric'),
    indicatorTarget: optionalNumber('targetNotNumeric'),
    status: choice(actionStatuses),
  })
  .superRefine((a, ctx) => {
    const issue = issuesOf(ctx);
    const lang = a.originalLanguage === 'ar' ? 'Ar' : 'En';
    if (!a[`title${lang}`]) issue(`title${lang}`, 'planOriginalTextRequired');
    if (a.endDate < a.startDate) issue('endDate', 'datesOutOfOrder');
    if ((a.budgetAmount === undefined) !== (a.budgetCurrency === undefined)) {
      issue(a.budgetAmount === undefined ? 'budgetAmount' : 'budgetCurrency', 'planBudgetPair');
    }
    const indicator = {
      [`indicatorName${lang}`]: a[`indicatorName${lang}`],
      indicatorUnit: a.indicatorUnit,
      indicatorBaseline: a.indicatorBaseline,
      indicatorTarget: a.indicatorTarget,
    };
    const given =
      Object.values(indicator).some((v) => v !== undefined) ||
      Boolean(a.indicatorNameAr || a.indicatorNameEn);
    if (given) {
      for (const [field, value] of Object.entries(indicator)) {
        if (value === undefined) issue(field, 'planIndicatorIncomplete');
      }
      if (a.indicatorUnit && isPercentUnit(a.indicatorUnit)) {
        for (const field of ['indicatorBaseline', 'indicatorTarget'] as const) {
          const v = a[field];
          if (v !== undefined && (v < 0 || v > 100)) issue(field, 'percentOutOfRange');
        }
      }
      if (
        a.indicatorBaseline !== undefined &&
        a.indicatorTarget !== undefined &&
        a.indicatorBaseline === a.indicatorTarget
      ) {
        issue('indicatorTarget', 'planTargetEqualsBaseline');
      }
    }
  })
  .transform((a) => {
    const hasIndicator = a.indicatorUnit !== undefined;
    return {
      title: translatedOf(a.titleAr, a.titleEn),
      description: translatedOf(a.descriptionAr, a.descriptionEn),
      originalLanguage: a.originalLanguage,
      leadEntity: a.leadEntity,
      partners: a.partners ?? '',
      startDate: a.startDate,
      endDate: a.endDate,
      budgetAmount: a.budgetAmount ?? null,
      budgetCurrency: a.budgetCurrency ?? null,
      objectives: [...new Set(a.objectives)].sort((x, y) => x - y),
      principles: [...new Set(a.principles)],
      indicatorName: hasIndicator ? translatedOf(a.indicatorNameAr, a.indicatorNameEn) : {},
      indicatorUnit: hasIndicator ? (a.indicatorUnit ?? null) : null,
      indicatorBaseline: hasIndicator ? (a.indicatorBaseline ?? null) : null,
      indicatorTarget: hasIndicator ? (a.indicatorTarget ?? null) : null,
      status: a.status,
    };
  });
export type ActionInput = z.output<typeof actionInputSchema>;

/** A dated progress update on an action; the value is the indicator's, when the action has one. */
export const progressInputSchema = z
  .object({
    reportedOn: isoDate,
    status: choice(actionStatuses),
    value: optionalNumber('valueNotNumeric'),
    narrative: translatedText({ max: NARRATIVE_MAX }),
    originalLanguage: locale,
  })
  .superRefine((u, ctx) =>
    requireOriginal(
      ctx,
      u.narrative,
      u.originalLanguage,
      ['narrative', u.originalLanguage],
      'planOriginalTextRequired',
    ),
  )
  .transform((u) => ({
    reportedOn: u.reportedOn,
    status: u.status,
    value: u.value ?? null,
    narrative: u.narrative,
    originalLanguage: u.originalLanguage,
  }));
export type ProgressInput = z.output<typeof progressInputSchema>;

export const parsePlanInput = (raw: unknown): PlanInput => parseInput(planInputSchema, raw);
export const parseActionInput = (raw: unknown): ActionInput => parseInput(actionInputSchema, raw);
export const parseProgressInput = (raw: unknown): ProgressInput => parseInput(progressInputSchema, raw);

export { isPercentUnit };
