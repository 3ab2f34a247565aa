import { z } from 'zod';
import { type TrendIndicator, trendIndicators } from '#db/schema/review-synthesis-types';
import { choice, iso3, number, optionalText, optionalUrl, refuse, text } from '~/platform/forms/fields';

/** Limits of a figure's texts (characters) and years, shared by the form and the server. */
export const trendLimits = { source: 300, note: 1_000, minYear: 1950, maxYear: 2100, maxImportRows: 5_000 };

/** Indicators whose figure may be below zero (more people leave than arrive). */
const signedIndicators: ReadonlySet<TrendIndicator> = new Set(['net_migration']);

/**
 * One figure as the form or a CSV line gives it (field names are the paths: country, indicator,
 * year, value, source, sourceUrl, note). Digits may be Arabic-Indic, with ٫ and ٬ separators.
 */
export const trendFigureSchema = z
  .object({
    country: iso3(),
    indicator: choice(trendIndicators),
    year: number({ int: true, invalid: 'trendYearInvalid' }),
    value: number(),
    source: text({ max: trendLimits.source }),
    sourceUrl: optionalUrl(),
    note: optionalText({ max: trendLimits.note }),
  })
  .superRefine((v, ctx) => {
    if (v.year < trendLimits.minYear || v.year > trendLimits.maxYear) {
      refuse(ctx, ['year'], 'trendYearOutOfRange', { min: trendLimits.minYear, max: trendLimits.maxYear });
    }
    if (v.value < 0 && !signedIndicators.has(v.indicator)) refuse(ctx, ['value'], 'trendValueNegative');
  });
export type TrendFigureInput = z.infer<typeof trendFigureSchema>;

/**
 * The CSV's columns: stable English codes whatever the page's language (the template gives them),
 * each mapped to the figure's field. The first five are required.
 */
export const trendCsvColumns = [
  ['country', 'country'],
  ['indicator', 'indicator'],
  ['year', 'year'],
  ['value', 'value'],
  ['source', 'source'],
  ['source_url', 'sourceUrl'],
  ['note', 'note'],
] as const;
export const requiredTrendCsvColumns = ['country', 'indicator', 'year', 'value', 'source'] as const;
