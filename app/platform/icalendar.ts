/**
 * iCalendar (RFC 5545) text for calendar downloads and subscriptions. Times are written in UTC
 * (`…Z`), which every calendar shows in its reader's own zone, so no VTIMEZONE rules travel with
 * the file; days (all-day events) are floating dates, as calendars expect for a conference's days.
 */

export type CalendarWhen = { date: string } | { instant: Date };

export interface CalendarEvent {
  /** Stable across updates, so a subscribed calendar replaces the event instead of adding a copy. */
  uid: string;
  /** Bumped when the event changes (the record's version). */
  sequence: number;
  /** When this version was written. */
  stamp: Date;
  start: CalendarWhen;
  /** Exclusive: the day after the last day for all-day events. */
  end: CalendarWhen;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  categories?: string[];
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
}

export interface Calendar {
  /** Product identifier, e.g. "-//Marsad//Meetings//AR". */
  productId: string;
  /** Shown as the calendar's name by clients that subscribe (X-WR-CALNAME). */
  name: string;
  description?: string;
  /** How often a subscribed client should refresh (ISO 8601 duration, e.g. PT6H). */
  refresh?: string;
  events: CalendarEvent[];
}

/** TEXT values: backslash, semicolon, comma and line breaks escaped. */
export const escapeText = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** UTF-8 octets of one code point. */
const octets = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Lines longer than 75 octets are folded (CRLF and a space), never inside a UTF-8 character. Octets
 * are counted from code points: encoding each character apart cost most of a 2,000-meeting feed.
 */
export function foldLine(line: string): string {
  // At most three octets per UTF-16 unit: a line of 25 units or fewer always fits.
  if (line.length <= 25) return line;
  const parts: string[] = [];
  let start = 0;
  let size = 0;
  let index = 0;
  while (index < line.length) {
    const codePoint = line.codePointAt(index) as number;
    const width = codePoint > 0xffff ? 2 : 1;
    const bytes = octets(codePoint);
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length ? 74 : 75;
    if (size + bytes > limit) {
      parts.push(line.slice(start, index));
      start = index;
      size = 0;
    }
    size += bytes;
    index += width;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

const compactInstant = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const compactDate = (date: string) => date.replace(/-/g, '');

function when(name: 'DTSTART' | 'DTEND', value: CalendarWhen): string {
  return 'date' in value
    ? `${name};VALUE=DATE:${compactDate(value.date)}`
    : `${name}:${compactInstant(value.instant)}`;
}

function eventLines(event: CalendarEvent): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${compactInstant(event.stamp)}`,
    `SEQUENCE:${event.sequence}`,
    when('DTSTART', event.start),
    when('DTEND', event.end),
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  if (event.status) lines.push(`STATUS:${event.status}`);
  lines.push('END:VEVENT');
  return lines;
}

/** The whole calendar as iCalendar text (CRLF line ends, folded lines). */
export function renderCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `NAME:${escapeText(calendar.name)}`,
  ];
  if (calendar.description) lines.push(`X-WR-CALDESC:${escapeText(calendar.description)}`);
  if (calendar.refresh) {
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:${calendar.refresh}`, `X-PUBLISHED-TTL:${calendar.refresh}`);
  }
  for (const event of calendar.events) lines.push(...eventLines(event));
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The day after a YYYY-MM-DD day: the exclusive end of an all-day event. */
export function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
