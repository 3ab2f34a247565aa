import type { ChairKind } from '#db/schema/instrument-values';

/** One period in a mechanism's chair (ISO days; `untilOn` null: still in the chair). */
export interface ChairPeriod {
  kind: ChairKind;
  countryIso3: string | null;
  holder: string | null;
  fromOn: string;
  untilOn: string | null;
}

/**
 * The chair's history as pages show it: the current chair (open period) first, then the others by
 * their start, latest first; equal starts by their end, latest first.
 */
export function orderChairs<T extends ChairPeriod>(periods: readonly T[]): T[] {
  return [...periods].sort((a, b) => {
    if ((a.untilOn === null) !== (b.untilOn === null)) return a.untilOn === null ? -1 : 1;
    if (a.fromOn !== b.fromOn) return a.fromOn < b.fromOn ? 1 : -1;
    return (b.untilOn ?? '').localeCompare(a.untilOn ?? '');
  });
}

/** The period in the chair on a day, or null. */
export function chairOn<T extends ChairPeriod>(periods: readonly T[], day: string): T | null {
  return (
    orderChairs(periods).find((p) => p.fromOn <= day && (p.untilOn === null || p.untilOn >= day)) ?? null
  );
}

/**
 * Does a new period overlap one already recorded? Two chairs never hold the same days; an open
 * period reaches every day after its start.
 */
export function overlapsChair(periods: readonly ChairPeriod[], next: ChairPeriod): boolean {
  const end = (p: ChairPeriod) => p.untilOn ?? '9999-12-31';
  return periods.some((p) => p.fromOn <= end(next) && next.fromOn <= end(p));
}

/** The ISO day before a day. */
export const dayBefore = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * A chair hands over: when the next period starts after the open one began, the open one ends the day
 * before. Returns the open period's new end, or null when nothing is to close.
 */
export function handOver(
  periods: readonly ChairPeriod[],
  next: ChairPeriod,
): { from: string; until: string } | null {
  const open = periods.find((p) => p.untilOn === null);
  if (!open || open.fromOn >= next.fromOn) return null;
  return { from: open.fromOn, until: dayBefore(next.fromOn) };
}
