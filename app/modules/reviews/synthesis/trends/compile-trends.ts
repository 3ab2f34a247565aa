import type { Translated } from '#db/schema/columns';
import {
  type SynthesisTrends,
  summableIndicators,
  type TrendFigure,
  type TrendIndicator,
  trendIndicators,
} from '#db/schema/review-synthesis-types';

/** One recorded figure as the compiler reads it. */
export interface TrendFigureInputRow extends TrendFigure {
  indicator: TrendIndicator;
  name: Translated;
}

/**
 * The "migration patterns and trends" part of the synthesis: per indicator with figures, the
 * latest year's figure of each state (with its source), the series of the states with several
 * years, and — for stocks and remittances — the total of the latest figures over the states that
 * have one (how many is kept with it). Pure.
 */
export function compileTrends(figures: readonly TrendFigureInputRow[]): SynthesisTrends {
  const states: Record<string, Translated> = {};
  const indicators = trendIndicators.flatMap((indicator) => {
    const rows = figures
      .filter((f) => f.indicator === indicator)
      .sort((a, b) => a.iso3.localeCompare(b.iso3) || a.year - b.year);
    if (!rows.length) return [];
    const byState = new Map<string, TrendFigureInputRow[]>();
    for (const row of rows) {
      states[row.iso3] = row.name;
      byState.set(row.iso3, [...(byState.get(row.iso3) ?? []), row]);
    }
    const latest: TrendFigure[] = [];
    const series: Record<string, { year: number; value: number }[]> = {};
    for (const [iso3, list] of byState) {
      const last = list[list.length - 1]!;
      latest.push({
        iso3,
        year: last.year,
        value: last.value,
        source: last.source,
        sourceUrl: last.sourceUrl,
        note: last.note,
      });
      if (list.length > 1) series[iso3] = list.map((f) => ({ year: f.year, value: f.value }));
    }
    const total = summableIndicators.has(indicator)
      ? {
          value: Math.round(latest.reduce((sum, f) => sum + f.value, 0) * 100) / 100,
          states: latest.length,
        }
      : null;
    return [{ indicator, latest, series, total }];
  });
  return { states, indicators };
}
