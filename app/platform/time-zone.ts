/**
 * Wall-clock times in a named (IANA) time zone and instants, both ways, through Intl only. A
 * meeting's sessions are typed in the meeting's local time; the database keeps instants, so a
 * meeting that crosses a daylight-saving change keeps every session at the hour it was given.
 */

export function isTimeZone(value: string): boolean {
  if (!value || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The local calendar day (YYYY-MM-DD) and time (HH:MM) of an instant in a time zone. */
export function zonedParts(instant: Date, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    partsFormatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Offset of the zone from UTC at an instant, in minutes (e.g. +120 for Cairo in summer). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const p = Object.fromEntries(
    partsFormatter(timeZone)
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  const asUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/**
 * The instant a local date and time (HH:MM) denote in a time zone. A time skipped by a DST change
 * (02:30 on a spring-forward night) moves forward by the gap; a repeated one takes its first
 * occurrence.
 */
export function zonedToInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // Offsets a day either side bracket any change on that day (no zone changes twice within 48 h).
  const before = wall - offsetMinutes(new Date(wall - 86400000), timeZone) * 60000;
  const after = wall - offsetMinutes(new Date(wall + 86400000), timeZone) * 60000;
  const readsBack = (c: number) => {
    const back = zonedParts(new Date(c), timeZone);
    return back.date === date && back.time === time;
  };
  const valid = [before, after].filter(readsBack);
  return new Date(valid.length ? Math.min(...valid) : before);
}
