import { z } from 'zod';
import {
  practiceCriteria,
  practiceDecisions,
  practiceStages,
  requiredPracticeCriteria,
} from '#db/schema/hub-practice-values';
import { objectiveCount } from '~/modules/reference/constants';
import {
  checkbox,
  choice,
  date,
  email,
  iso3,
  language,
  list,
  optionalDate,
  optionalText,
  optionalUuid,
  refuse,
  requireOriginal,
  text,
  translatedText,
} from '~/platform/forms/fields';
import { normaliseDigits, plainText } from '~/platform/text/normalise-text';
import { implementedAfterDecember2018 } from './practice-rules';

/** Limits shared by the forms and the domain. */
export const PRACTICE_TITLE_MAX = 300;
export const PRACTICE_SUMMARY_MAX = 4000;
export const PRACTICE_TEXT_MAX = 4000;
export const PRACTICE_PARTNERS_MAX = 30;
export const PRACTICE_MESSAGE_MAX = 3000;

const objectiveNumber = z.preprocess(
  (v) => (typeof v === 'string' ? Number(normaliseDigits(v)) : v),
  z.number().int().min(1).max(objectiveCount),
);
/** One partner a line (a form's textarea) or a list. */
const lines = (max: number) =>
  z
    .preprocess(
      (v) =>
        (typeof v === 'string' ? v.split(/\r?\n|;/) : Array.isArray(v) ? v : [])
          .map((a) => plainText(String(a)))
          .filter(Boolean),
      z.array(z.string().max(300)).max(max),
    )
    .default([]);

/**
 * Everything a submitter says about a practice, with the Network's criteria as a checklist. Rules
 * across fields: a completed practice has an end date, the end is not before the start, the two
 * required criteria are ticked, "after December 2018" is not ticked for a period that ended before,
 * and the practice says where it happened (countries, regions or the whole world).
 */
export const practiceInputSchema = z
  .object({
    title: translatedText({ max: PRACTICE_TITLE_MAX, required: true }),
    summary: translatedText({ max: PRACTICE_SUMMARY_MAX, required: true }),
    originalLanguage: language(),
    isGlobal: checkbox(),
    countries: list(iso3()),
    regions: list(z.string().max(40)),
    implementers: text({ max: 500 }),
    partners: lines(PRACTICE_PARTNERS_MAX),
    objectives: list(objectiveNumber, { min: 1 }),
    principles: list(z.string().max(60)),
    startDate: date(),
    endDate: optionalDate(),
    stage: choice(practiceStages),
    results: text({ max: PRACTICE_TEXT_MAX }),
    replicability: text({ max: PRACTICE_TEXT_MAX }),
    contactName: text({ max: 200 }),
    contactEmail: email(),
    criteria: list(choice(practiceCriteria)),
  })
  .superRefine((v, ctx) => {
    requireOriginal(
      ctx,
      v.title,
      v.originalLanguage,
      ['title', v.originalLanguage],
      'practiceOriginalMissing',
    );
    if (!v.isGlobal && !v.countries.length && !v.regions.length)
      refuse(ctx, ['countries'], 'practiceScopeRequired');
    if (v.stage === 'completed' && !v.endDate) refuse(ctx, ['endDate'], 'practiceEndDateRequired');
    if (v.endDate && v.endDate < v.startDate) refuse(ctx, ['endDate'], 'practiceDatesOutOfOrder');
    for (const c of requiredPracticeCriteria) {
      if (!v.criteria.includes(c)) refuse(ctx, ['criteria'], 'practiceCriterionRequired');
    }
    if (
      v.criteria.includes('after_december_2018') &&
      !implementedAfterDecember2018({ startDate: v.startDate, endDate: v.endDate ?? null })
    ) {
      refuse(ctx, ['criteria'], 'practicePeriodBeforeCompact', { compactYear: 2019, yearBefore: 2018 });
    }
  })
  .transform((v) => ({
    ...v,
    endDate: v.endDate ?? null,
    objectives: [...new Set(v.objectives)].sort((a, b) => a - b),
    principles: [...new Set(v.principles)],
    countries: [...new Set(v.countries)],
    regions: [...new Set(v.regions)],
    criteria: practiceCriteria.filter((c) => v.criteria.includes(c)),
  }));
export type PracticeInput = z.output<typeof practiceInputSchema>;

/** The call a new practice answers, if any (beside the practice's own fields). */
export const practiceCallChoiceSchema = z.object({ callId: optionalUuid() });

/** An editor's decision: a question for clarification or a reason to decline is required. */
export const practiceDecisionSchema = z
  .object({
    decision: choice(practiceDecisions),
    message: optionalText({ max: PRACTICE_MESSAGE_MAX }),
  })
  .superRefine((v, ctx) => {
    if (v.decision !== 'approve' && !v.message) refuse(ctx, ['message'], 'practiceMessageRequired');
  });
export type PracticeDecisionInput = z.output<typeof practiceDecisionSchema>;

export const promisingSchema = z.object({ promising: checkbox() });
