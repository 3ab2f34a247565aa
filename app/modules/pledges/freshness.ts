/**
 * How current a published pledge's reporting is: green when the last progress update (or, with
 * none, the publication) is at most FRESH_MONTHS old, amber when an update is due, red after
 * STALE_MONTHS. Calendar months, on dates (UTC): 31 Jan + 1 month = 28/29 Feb.
 */
export const FRESH_MONTHS = 12;
export const STALE_MONTHS = 24;

export type Freshness = 'green' | 'amber' | 'red';

const toDay = (value: Date | string) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** Null when there is nothing to measure from (never published). */
export function pledgeFreshness(options: {
  lastUpdateOn?: Date | string | null;
  publishedAt?: Date | string | null;
  today: Date | string;
}): Freshness | null {
  const from = options.lastUpdateOn ?? options.publishedAt;
  if (!from) return null;
  const since = toDay(from);
  const today = toDay(options.today);
  if (today <= addMonths(since, FRESH_MONTHS)) return 'green';
  if (today <= addMonths(since, STALE_MONTHS)) return 'amber';
  return 'red';
}
