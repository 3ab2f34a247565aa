import { z } from 'zod';
import { milestoneKinds } from '#db/schema/review-values';
import { parseInput } from '~/platform/forms/issues';
import {
  CYCLE_DESCRIPTION_MAX,
  CYCLE_PARTNERS_MAX,
  CYCLE_TITLE_MAX,
  MAX_MILESTONES,
  MAX_STATES,
  MILESTONE_LOCATION_MAX,
  MILESTONE_SUMMARY_MAX,
  MILESTONE_TITLE_MAX,
} from './cycle-limits';
import { err, hasText, iso3, isoDate, list, optionalDate, translatedText, uuid } from './input-fields';

export const milestoneInputSchema = z.object({
  kind: z.enum(milestoneKinds, err('invalidChoice')),
  title: translatedText(MILESTONE_TITLE_MAX).refine(hasText, err('titleInOneLanguage')),
  startsOn: isoDate,
  endsOn: optionalDate,
  location: translatedText(MILESTONE_LOCATION_MAX),
  summary: translatedText(MILESTONE_SUMMARY_MAX),
});
export type MilestoneInput = z.output<typeof milestoneInputSchema>;

export const cycleInputSchema = z.object({
  regionId: z.string(err('invalidChoice')).trim().min(1).max(40),
  title: translatedText(CYCLE_TITLE_MAX).refine(hasText, err('titleInOneLanguage')),
  description: translatedText(CYCLE_DESCRIPTION_MAX),
  partners: translatedText(CYCLE_PARTNERS_MAX),
  templateId: uuid,
  submissionDeadline: isoDate,
  // An empty list is refused by the cycle rules with its own reason (cycleStatesRequired).
  states: list(iso3, MAX_STATES).transform((states) => [...new Set(states)]),
  milestones: list(milestoneInputSchema, MAX_MILESTONES),
});
export type CycleInput = z.output<typeof cycleInputSchema>;

export const parseCycleInput = (raw: unknown): CycleInput => parseInput(cycleInputSchema, raw);

export {
  CYCLE_DESCRIPTION_MAX,
  CYCLE_PARTNERS_MAX,
  CYCLE_TITLE_MAX,
  MAX_MILESTONES,
  MAX_STATES,
  MILESTONE_LOCATION_MAX,
  MILESTONE_SUMMARY_MAX,
  MILESTONE_TITLE_MAX,
};
