import { z } from 'zod';
import {
  disaggregationDimensions,
  disaggregationValues,
  INDICATOR_VALUE_MAX,
  type IndicatorDisaggregations,
  indicatorUnits,
  SOURCE_NOTE_MAX,
} from '#db/schema/indicator-values';
import { objectiveCount } from '~/modules/reference/constants';
import {
  checkbox,
  choice,
  code,
  list,
  number,
  optionalChoice,
  optionalNumber,
  text,
  translatedText,
  uuid,
} from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';
import { normaliseDigits } from '~/platform/text/normalise-text';

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

export const INDICATOR_CODE_MAX = 20;
export const INDICATOR_NAME_MAX = 300;
export const INDICATOR_TEXT_MAX = 2000;
/** Marsad's codes: letters, digits, dots and hyphens ("P-03", "GCM-7.2"), upper-cased as typed. */
export const INDICATOR_CODE_PATTERN = /^[A-Z0-9][A-Z0-9.-]*$/;
/**
 * An SDG global indicator's number: goal (1–17), target (a number, or a letter for a means of
 * implementation target) and indicator, e.g. "10.7.2", "10.c.1", "17.18.1".
 */
export const SDG_INDICATOR_PATTERN = /^(?:[1-9]|1[0-7])\.(?:[1-9][0-9]?|[a-g])\.[1-9][0-9]?$/;

const upperTrim = (v: unknown) => (typeof v === 'string' ? normaliseDigits(v).trim().toUpperCase() : v);

/**
 * The catalogue form of the secretariat (`code`, `name.ar`, `objectives`, `sdgIndicator`, `unit`,
 * `disaggregations.sex` ticked values, `source.en`, `provisional`, `version`). Both names are
 * required (the catalogue is read in both languages); the code is fixed once created (values and
 * CSV files name it), so an edit ignores it.
 */
export const indicatorSchema = z.object({
  code: z.preprocess(
    upperTrim,
    z
      .string(code('required'))
      .min(1, code('required'))
      .max(INDICATOR_CODE_MAX)
      .regex(INDICATOR_CODE_PATTERN, code('indicatorCodeFormat')),
  ),
  name: z.object({
    ar: text({ max: INDICATOR_NAME_MAX }),
    en: text({ max: INDICATOR_NAME_MAX }),
  }),
  definition: translatedText({ max: INDICATOR_TEXT_MAX }),
  objectives: list(
    number({ int: true, min: 1, max: objectiveCount, invalid: 'invalidChoice', outOfRange: 'invalidChoice' }),
    { min: 1 },
  ),
  sdgIndicator: z.preprocess(
    (v) => (typeof v === 'string' ? normaliseDigits(v).trim().toLowerCase() || undefined : v),
    z.string().regex(SDG_INDICATOR_PATTERN, code('sdgIndicatorFormat')).optional(),
  ),
  unit: choice(indicatorUnits),
  disaggregations: z
    .object({
      sex: list(choice(disaggregationValues.sex)),
      age_group: list(choice(disaggregationValues.age_group)),
      migratory_status: list(choice(disaggregationValues.migratory_status)),
      area: list(choice(disaggregationValues.area)),
    })
    .partial()
    .default({}),
  source: translatedText({ max: INDICATOR_TEXT_MAX }),
  provisional: checkbox(),
  version: optionalNumber({ int: true, min: 1, max: Number.MAX_SAFE_INTEGER, invalid: 'invalidFormat' }),
});

/** The stored shape: objectives sorted once each, breakdowns as the list of dimensions with values. */
export function parseIndicator(raw: unknown) {
  const input = parseInput(indicatorSchema, raw);
  const disaggregations: IndicatorDisaggregations = disaggregationDimensions.flatMap((dimension) => {
    const ticked = new Set((input.disaggregations[dimension] ?? []) as string[]);
    // In the list's own order, whatever order the boxes were sent in.
    const values = (disaggregationValues[dimension] as readonly string[]).filter((v) => ticked.has(v));
    return values.length ? [{ dimension, values }] : [];
  });
  return {
    ...input,
    objectives: [...new Set(input.objectives)].sort((a, b) => a - b),
    sdgIndicator: input.sdgIndicator ?? null,
    disaggregations,
  };
}
export type IndicatorInput = ReturnType<typeof parseIndicator>;

/** The delete button's form: which value, and the version the page showed (a later correction is not deleted). */
export const indicatorValueRefSchema = z.object({
  valueId: uuid(),
  version: number({ int: true, min: 1 }),
});
export const parseIndicatorValueRef = (raw: unknown) => parseInput(indicatorValueRefSchema, raw);
