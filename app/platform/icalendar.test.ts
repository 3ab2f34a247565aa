import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, nextDay, renderCalendar } from './icalendar';

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('iCalendar text', () => {
  it('folds long lines at 75 octets without splitting an Arabic letter, and unfolds to the same text', () => {
    const line = `SUMMARY:${'المؤتمر الإقليمي لاستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية '.repeat(3)}`;
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
  });

  it('escapes what TEXT values reserve', () => {
    expect(escapeText('a, b; c\\d\nline')).toBe('a\\, b\\; c\\\\d\\nline');
  });

  it('ends all-day events the day after, across months and leap days', () => {
    expect(nextDay('2026-03-30')).toBe('2026-03-31');
    expect(nextDay('2026-03-31')).toBe('2026-04-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });

  it('is read back by an independent parser (ical.js) as written', () => {
    const text = renderCalendar({
      productId: '-//Marsad//Test//AR',
      name: 'اجتماعات، استعراض; الهجرة',
      refresh: 'PT6H',
      events: [
        {
          uid: 'meeting-1@example.org',
          sequence: 3,
          stamp: new Date('2026-01-02T03:04:05.678Z'),
          start: { date: '2026-03-28' },
          end: { date: '2026-03-31' },
          summary: 'المؤتمر الإقليمي، الدورة الأولى; عمّان',
          description: 'سطر أول\nسطر ثانٍ \\ مع شرطة مائلة',
          location: 'عمّان، الأردن',
          url: 'https://marsad.example.org/ar/meetings/1',
          categories: ['مؤتمر استعراض', 'Review, conference'],
          status: 'CONFIRMED',
        },
        {
          uid: 'session-2@example.org',
          sequence: 1,
          stamp: new Date('2026-01-02T03:04:05Z'),
          start: { instant: new Date('2026-03-28T09:00:00Z') },
          end: { instant: new Date('2026-03-28T11:00:00Z') },
          summary: 'Panel 1',
          status: 'CANCELLED',
        },
      ],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    // ical.js leaves the calendar-name properties as written; calendars read them as escaped TEXT.
    expect(calendar.getFirstPropertyValue('name')).toBe('اجتماعات، استعراض\\; الهجرة');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('اجتماعات، استعراض\\; الهجرة');
    const [meeting, session] = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(meeting!.uid).toBe('meeting-1@example.org');
    expect(meeting!.sequence).toBe(3);
    expect(meeting!.summary).toBe('المؤتمر الإقليمي، الدورة الأولى; عمّان');
    expect(meeting!.description).toBe('سطر أول\nسطر ثانٍ \\ مع شرطة مائلة');
    expect(meeting!.location).toBe('عمّان، الأردن');
    expect(meeting!.startDate.isDate).toBe(true);
    expect(meeting!.startDate.toString()).toBe('2026-03-28');
    expect(meeting!.endDate.toString()).toBe('2026-03-31');
    expect(meeting!.component.getFirstProperty('categories')?.getValues()).toEqual([
      'مؤتمر استعراض',
      'Review, conference',
    ]);
    expect(session!.startDate.isDate).toBe(false);
    expect(session!.startDate.toJSDate().toISOString()).toBe('2026-03-28T09:00:00.000Z');
    expect(session!.endDate.toJSDate().toISOString()).toBe('2026-03-28T11:00:00.000Z');
    expect(session!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });
});
