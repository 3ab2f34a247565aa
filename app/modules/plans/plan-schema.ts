import { z } from 'zod';
import type { Translated } from '#db/schema/columns';
import { actionStatuses } from '#db/schema/plan-values';
import { isPercentUnit, objectiveNumber } from '~/modules/pledges/pledge-schema';
import { sdgTargetList } from '~/modules/reference/sdg-target-field';
import { currencyCodes } from '~/platform/currencies';
import {
  choice,
  code,
  date,
  language,
  list,
  optionalAmount,
  optionalDate,
  optionalNumber as optionalNumberField,
  refuse,
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
  MAX_SDG_TARGETS,
  NARRATIVE_MAX,
  NUMBER_MAX,
  PARTNERS_MAX,
  PLAN_TITLE_MAX,
  SUMMARY_MAX,
  UNIT_MAX,
} from './plan-limits';

/**
 * The three forms of the plans area (plan header, action, progress update), one Zod schema each.
 * Field names are the schema's paths (`title.ar`, `budget.amount`, `indicator.name.en`), so a
 * refusal lands beside its input; the output is the stored shape. Limits live in plan-limits.ts
 * (shared with the forms).
 */

const given = (t: Translated) => Boolean(t.ar || t.en);

/** Is the indicator's unit a percentage, in either of its languages (values then lie within 0–100)? */
export const isPercentUnitOf = (unit: Translated | null) =>
  Boolean(unit && ((unit.ar && isPercentUnit(unit.ar)) || (unit.en && isPercentUnit(unit.en))));

const optionalNumber = (invalid: string) =>
  optionalNumberField({ invalid, min: -NUMBER_MAX, max: NUMBER_MAX });

/** The plan's header: title, summary, period, adoption date. */
export const planInputSchema = z
  .object({
    title: translatedText({ max: PLAN_TITLE_MAX }),
    summary: translatedText({ max: SUMMARY_MAX }),
    originalLanguage: language(),
    periodStart: date(),
    periodEnd: date(),
    adoptedOn: optionalDate(),
  })
  .superRefine((p, ctx) => {
    const lang = p.originalLanguage;
    requireOriginal(ctx, p.title, lang, ['title', lang], 'planOriginalTextRequired');
    if (p.periodEnd < p.periodStart) refuse(ctx, ['periodEnd'], 'datesOutOfOrder');
  })
  .transform((p) => ({ ...p, adoptedOn: p.adoptedOn ?? null }));
export type PlanInput = z.output<typeof planInputSchema>;

/** The action's indicator: optional, but complete (name, unit, baseline, target) when any of it is given. */
const indicatorSchema = z
  .object({
    name: translatedText({ max: INDICATOR_NAME_MAX }),
    unit: translatedText({ max: UNIT_MAX }),
    baseline: optionalNumber('baselineNotNumeric'),
    target: optionalNumber('targetNotNumeric'),
  })
  .default({ name: {}, unit: {} });

/** One action: what, who, when, how much, which objectives, how it is measured, where it stands. */
export const actionInputSchema = z
  .object({
    title: translatedText({ max: ACTION_TITLE_MAX }),
    description: translatedText({ max: ACTION_DESCRIPTION_MAX }),
    originalLanguage: language(),
    leadEntity: translatedText({ max: ENTITY_MAX }),
    partners: translatedText({ max: PARTNERS_MAX }),
    startDate: date(),
    endDate: date(),
    budget: z
      .object({
        amount: optionalAmount({ max: AMOUNT_MAX }),
        currency: z.preprocess(
          (v) => (typeof v === 'string' ? v.trim().toUpperCase() || undefined : (v ?? undefined)),
          z.enum(currencyCodes, code('invalidCurrency')).optional(),
        ),
      })
      .default({}),
    objectives: list(objectiveNumber, { min: 1 }),
    principles: list(text({ max: 60 }), { max: MAX_PRINCIPLES }),
    sdgTargets: sdgTargetList({ max: MAX_SDG_TARGETS }),
    indicator: indicatorSchema,
    status: choice(actionStatuses),
  })
  .superRefine((a, ctx) => {
    const lang = a.originalLanguage;
    requireOriginal(ctx, a.title, lang, ['title', lang], 'planOriginalTextRequired');
    // Names of things (the lead entity) may be written in either language: one is enough.
    if (!given(a.leadEntity)) refuse(ctx, ['leadEntity', lang], 'translationRequired');
    if (a.endDate < a.startDate) refuse(ctx, ['endDate'], 'datesOutOfOrder');
    const { amount, currency } = a.budget;
    if ((amount === undefined) !== (currency === undefined))
      refuse(ctx, ['budget', amount === undefined ? 'amount' : 'currency'], 'planBudgetPair');
    const { name, unit, baseline, target } = a.indicator;
    if (given(name) || given(unit) || baseline !== undefined || target !== undefined) {
      requireOriginal(ctx, name, lang, ['indicator', 'name', lang], 'planIndicatorIncomplete');
      if (!given(unit)) refuse(ctx, ['indicator', 'unit', lang], 'planIndicatorIncomplete');
      const parts = { baseline, target };
      for (const [key, value] of Object.entries(parts))
        if (value === undefined) refuse(ctx, ['indicator', key], 'planIndicatorIncomplete');
      if (isPercentUnitOf(unit)) {
        for (const [key, value] of Object.entries({ baseline, target }))
          if (value !== undefined && (value < 0 || value > 100))
            refuse(ctx, ['indicator', key], 'percentOutOfRange');
      }
      if (baseline !== undefined && baseline === target)
        refuse(ctx, ['indicator', 'target'], 'planTargetEqualsBaseline');
    }
  })
  .transform((a) => {
    const { unit, baseline, target, name } = a.indicator;
    const hasIndicator = given(unit);
    return {
      title: a.title,
      description: a.description,
      originalLanguage: a.originalLanguage,
      leadEntity: a.leadEntity,
      partners: a.partners,
      startDate: a.startDate,
      endDate: a.endDate,
      budgetAmount: a.budget.amount ?? null,
      budgetCurrency: a.budget.currency ?? null,
      objectives: [...new Set(a.objectives)].sort((x, y) => x - y),
      principles: [...new Set(a.principles)],
      sdgTargets: a.sdgTargets,
      indicatorName: hasIndicator ? name : {},
      indicatorUnit: hasIndicator ? unit : null,
      indicatorBaseline: hasIndicator ? (baseline ?? null) : null,
      indicatorTarget: hasIndicator ? (target ?? null) : null,
      status: a.status,
    };
  });
export type ActionInput = z.output<typeof actionInputSchema>;

/** A dated progress update on an action; the value is the indicator's, when the action has one. */
export const progressInputSchema = z
  .object({
    reportedOn: date(),
    status: choice(actionStatuses),
    value: optionalNumber('valueNotNumeric'),
    narrative: translatedText({ max: NARRATIVE_MAX }),
    originalLanguage: language(),
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
