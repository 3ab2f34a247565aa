import { z } from 'zod';
import { disaggregationValues, INDICATOR_VALUE_MAX, SOURCE_NOTE_MAX } from '#db/schema/indicator-values';
import { number, optionalChoice, optionalNumber, translatedText, uuid } from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';

/**
 * The value form (field names are the schema's paths: `indicatorId`, `year`, `disaggregation.sex`,
 * `value`, `sourceNote.ar`, `version`). Whether a breakdown value belongs to the indicator, the
 * year's range and the unit's range are the operation's checks (indicator-rules.ts), since they
 * depend on the indicator read in the transaction.
 */
export const indicatorValueSchema = z.object({
  indicatorId: uuid(),
  year: number({ int: true, min: 1900, max: 2100, outOfRange: 'invalidNumber' }),
  disaggregation: z
    .object({
      sex: optionalChoice(disaggregationValues.sex),
      age_group: optionalChoice(disaggregationValues.age_group),
      migratory_status: optionalChoice(disaggregationValues.migratory_status),
      area: optionalChoice(disaggregationValues.area),
    })
    .default({}),
  value: number({ min: -INDICATOR_VALUE_MAX, max: INDICATOR_VALUE_MAX }),
  sourceNote: translatedText({ max: SOURCE_NOTE_MAX }),
  /** The version of the value being corrected, when the form edits one. */
  version: optionalNumber({ int: true, min: 1 }),
});
export type IndicatorValueInput = z.infer<typeof indicatorValueSchema>;

export const parseIndicatorValue = (raw: unknown) => parseInput(indicatorValueSchema, raw);
