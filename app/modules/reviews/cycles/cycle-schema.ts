import { z } from 'zod';
import { milestoneKinds } from '#db/schema/review-values';
import {
  blankRow,
  checkbox,
  choice,
  code,
  date,
  iso3,
  list,
  optionalDate,
  rows,
  translatedText,
  uuid,
} from '~/platform/forms/fields';
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
import { hasText } from './input-fields';

export const milestoneInputSchema = z.object({
  kind: choice(milestoneKinds),
  title: translatedText({ max: MILESTONE_TITLE_MAX }).refine(hasText, code('titleInOneLanguage')),
  startsOn: date(),
  endsOn: optionalDate(),
  location: translatedText({ max: MILESTONE_LOCATION_MAX }),
  summary: translatedText({ max: MILESTONE_SUMMARY_MAX }),
});
export type MilestoneInput = z.output<typeof milestoneInputSchema>;

const isChecked = (v: unknown) => checkbox().safeParse(v).data === true;

/**
 * A milestone row the form offered and the user left blank (its kind is preselected, so it does not
 * count) or marked "remove" is no milestone; it becomes null in its place, as rows() keeps blank rows.
 */
const dropUnusedRows = (v: unknown) =>
  Array.isArray(v)
    ? Array.from(v, (row) => {
        if (!row || typeof row !== 'object') return row;
        const { kind: _kind, remove, ...rest } = row as Record<string, unknown>;
        return isChecked(remove) || blankRow(rest) ? null : row;
      })
    : v;

export const cycleInputSchema = z.object({
  regionId: z.string(code('invalidChoice')).trim().min(1).max(40),
  title: translatedText({ max: CYCLE_TITLE_MAX }).refine(hasText, code('titleInOneLanguage')),
  description: translatedText({ max: CYCLE_DESCRIPTION_MAX }),
  partners: translatedText({ max: CYCLE_PARTNERS_MAX }),
  templateId: uuid(),
  submissionDeadline: date(),
  // An empty list is refused by the cycle rules with its own reason (cycleStatesRequired).
  states: list(iso3(), { max: MAX_STATES }).transform((states) => [...new Set(states)]),
  /**
   * In the form's order; rows left out stay as null so the rules' refusals (milestones[2].endsOn)
   * name the row the user sees. Stored without them (writeCycleChildren).
   */
  milestones: z.preprocess(dropUnusedRows, rows(milestoneInputSchema, { max: MAX_MILESTONES })),
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
