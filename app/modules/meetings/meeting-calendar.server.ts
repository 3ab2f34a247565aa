import { anonymousSubject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import type { I18n } from '~/platform/i18n/translator';
import { type CalendarEvent, nextDay, renderCalendar } from '~/platform/icalendar';
import { getDb } from '~/platform/platform.server';
import { getMeeting } from './get-meeting.server';
import { listMeetings, type MeetingFilters } from './list-meetings.server';
import type { MeetingRow, SessionRow } from './meeting-records.server';

/** At most this many meetings in one feed: years of a region's calendar; filters narrow it. */
export const maxCalendarMeetings = 5000;

interface CalendarContext {
  i18n: I18n;
  /** Absolute origin of links (the configured public address). */
  origin: string;
  /** The host part of event UIDs: stable, so subscribed calendars update events in place. */
  uidDomain: string;
}

const meetingPath = (ctx: CalendarContext, id: string) => `${ctx.origin}/${ctx.i18n.locale}/meetings/${id}`;

function meetingEvent(ctx: CalendarContext, meeting: MeetingRow): CalendarEvent {
  const { i18n } = ctx;
  const sample = meeting.isSample ? ` (${i18n.t('common.sampleData')})` : '';
  return {
    uid: `meeting-${meeting.id}@${ctx.uidDomain}`,
    sequence: meeting.version,
    stamp: meeting.updatedAt,
    // A meeting is its days, as all-day events: its sessions carry the hours.
    start: { date: meeting.startsOn },
    end: { date: nextDay(meeting.endsOn) },
    summary: `${i18n.pick(meeting.title).text}${sample}`,
    description: [i18n.pick(meeting.summary).text, meeting.onlineUrl].filter(Boolean).join('\n\n'),
    location: meeting.venue || meeting.onlineUrl || undefined,
    url: meetingPath(ctx, meeting.id),
    categories: [i18n.t(`meetings.kind.${meeting.kind}`)],
    status: meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  };
}

function sessionEvent(ctx: CalendarContext, meeting: MeetingRow, session: SessionRow): CalendarEvent {
  const { i18n } = ctx;
  return {
    uid: `session-${session.id}@${ctx.uidDomain}`,
    sequence: session.version,
    stamp: session.updatedAt,
    start: { instant: session.startsAt },
    end: { instant: session.endsAt },
    summary: `${i18n.pick(session.title).text} — ${i18n.pick(meeting.title).text}`,
    description: i18n.pick(session.summary).text,
    location: [session.room, meeting.venue].filter(Boolean).join(', ') || meeting.onlineUrl || undefined,
    url: meetingPath(ctx, meeting.id),
    categories: [i18n.t(`meetings.sessionKind.${session.kind}`), i18n.t(`meetings.kind.${meeting.kind}`)],
    status: meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  };
}

const productId = (ctx: CalendarContext) => `-//Marsad//Meetings//${ctx.i18n.locale.toUpperCase()}`;

/**
 * The public meetings calendar (what an anonymous reader may open, whoever downloads it), filtered
 * by kind, region and dates, in the reader's language: one all-day event per meeting.
 */
export async function meetingsCalendar(
  ctx: CalendarContext & { db?: DbOrTx; filters: MeetingFilters; name: string },
): Promise<string> {
  const { items } = await listMeetings({
    db: ctx.db ?? getDb(),
    subject: anonymousSubject,
    filters: ctx.filters,
    limit: maxCalendarMeetings,
    withSessions: false,
  });
  return renderCalendar({
    productId: productId(ctx),
    name: ctx.name,
    refresh: 'PT6H',
    events: items.map(({ meeting }) => meetingEvent(ctx, meeting)),
  });
}

/** One public meeting's calendar: the meeting's days and each session at its hours. */
export async function meetingCalendar(
  ctx: CalendarContext & { db?: DbOrTx; meetingId: string },
): Promise<string> {
  const { meeting, sessions } = await getMeeting({
    db: ctx.db ?? getDb(),
    subject: anonymousSubject,
    meetingId: ctx.meetingId,
  });
  return renderCalendar({
    productId: productId(ctx),
    name: ctx.i18n.pick(meeting.title).text,
    refresh: 'PT6H',
    events: [meetingEvent(ctx, meeting), ...sessions.map((s) => sessionEvent(ctx, meeting, s))],
  });
}
