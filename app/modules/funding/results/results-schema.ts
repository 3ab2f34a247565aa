import { z } from 'zod';
import { indicatorMeasures, resultTypes } from '#db/schema/funding-results-values';
import {
  checkbox,
  choice,
  date,
  language,
  number,
  optionalNumber,
  optionalText,
  optionalUrl,
  refuse,
  requireOriginal,
  translatedText,
} from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';
import { URL_MAX } from '../funding-limits';

/**
 * The forms of a programme's results framework (IATI's shape): a result, an indicator with its
 * baseline, a period with its target and actual value, and a progress report. Field names are the
 * schema's paths; `version` is the version the user read (absent when creating).
 */
export const RESULT_TITLE_MAX = 300;
export const RESULT_TEXT_MAX = 4000;
export const REPORT_TEXT_MAX = 20000;
export const ACTUAL_COMMENT_MAX = 1000;
/** Indicator values: large counts fit; more digits than four decimals are rounded by the column. */
const VALUE_MAX = 1e12;

const expectedVersion = optionalNumber({
  int: true,
  min: 1,
  max: Number.MAX_SAFE_INTEGER,
  invalid: 'invalidFormat',
  outOfRange: 'invalidFormat',
});

const value = () => number({ min: -VALUE_MAX, max: VALUE_MAX });
const optionalValue = () => optionalNumber({ min: -VALUE_MAX, max: VALUE_MAX });

export const resultInputSchema = z
  .object({
    type: choice(resultTypes),
    title: translatedText({ max: RESULT_TITLE_MAX }),
    description: translatedText({ max: RESULT_TEXT_MAX }),
    originalLanguage: language(),
    version: expectedVersion,
  })
  .superRefine((r, ctx) =>
    requireOriginal(
      ctx,
      r.title,
      r.originalLanguage,
      ['title', r.originalLanguage],
      'fundOriginalTextRequired',
    ),
  )
  .transform(({ version, ...r }) => ({ fields: r, expectedVersion: version }));
export type ResultInput = z.output<typeof resultInputSchema>;

/** A percentage indicator's values lie between 0 and 100. */
const outOfPercent = (v: number | undefined) => v !== undefined && (v < 0 || v > 100);

export const indicatorInputSchema = z
  .object({
    title: translatedText({ max: RESULT_TITLE_MAX }),
    originalLanguage: language(),
    measure: choice(indicatorMeasures),
    ascending: checkbox(),
    baselineValue: value(),
    baselineDate: date(),
    version: expectedVersion,
  })
  .superRefine((i, ctx) => {
    requireOriginal(
      ctx,
      i.title,
      i.originalLanguage,
      ['title', i.originalLanguage],
      'fundOriginalTextRequired',
    );
    if (i.measure === 'percentage' && outOfPercent(i.baselineValue))
      refuse(ctx, ['baselineValue'], 'percentOutOfRange', { min: 0, max: 100 });
  })
  .transform(({ version, ...i }) => ({ fields: i, expectedVersion: version }));
export type IndicatorInput = z.output<typeof indicatorInputSchema>;

/**
 * A period's own rules (start ≤ end); the rules that need the indicator and the programme (within
 * the programme's dates, after the baseline, no overlap, actual only once begun, percentages) are
 * the operation's (checkPeriod in period-rules.ts).
 */
export const periodInputSchema = z
  .object({
    periodStart: date(),
    periodEnd: date(),
    targetValue: value(),
    actualValue: optionalValue(),
    actualComment: optionalText({ max: ACTUAL_COMMENT_MAX }),
    version: expectedVersion,
  })
  .superRefine((p, ctx) => {
    if (p.periodEnd < p.periodStart) refuse(ctx, ['periodEnd'], 'periodEndBeforeStart');
  })
  .transform(({ version, ...p }) => ({
    fields: { ...p, actualValue: p.actualValue ?? null, actualComment: p.actualComment ?? null },
    expectedVersion: version,
  }));
export type PeriodInput = z.output<typeof periodInputSchema>;

export const progressReportInputSchema = z
  .object({
    periodStart: date(),
    periodEnd: date(),
    summary: translatedText({ max: REPORT_TEXT_MAX }),
    originalLanguage: language(),
    documentUrl: optionalUrl({ max: URL_MAX }),
    version: expectedVersion,
  })
  .superRefine((r, ctx) => {
    requireOriginal(
      ctx,
      r.summary,
      r.originalLanguage,
      ['summary', r.originalLanguage],
      'fundOriginalTextRequired',
    );
    if (r.periodEnd < r.periodStart) refuse(ctx, ['periodEnd'], 'periodEndBeforeStart');
  })
  .transform(({ version, ...r }) => ({
    fields: { ...r, documentUrl: r.documentUrl ?? null },
    expectedVersion: version,
  }));
export type ProgressReportInput = z.output<typeof progressReportInputSchema>;

export const parseResultInput = (raw: unknown) => parseInput(resultInputSchema, raw);
export const parseIndicatorInput = (raw: unknown) => parseInput(indicatorInputSchema, raw);
export const parsePeriodInput = (raw: unknown) => parseInput(periodInputSchema, raw);
export const parseProgressReportInput = (raw: unknown) => parseInput(progressReportInputSchema, raw);
