import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { users } from '#db/schema/accounts';
import {
  meetingRegistrationSettings,
  meetingRegistrations,
  placeHoldingStatuses,
  type RegistrationStatus,
} from '#db/schema/meeting-registrations';
import type { AttendanceMark } from '#db/schema/meeting-workshop-values';
import { meetingWorkshopAttendance } from '#db/schema/meeting-workshops';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { rowsFromJson } from '~/platform/json-rows';
import { getDb } from '~/platform/platform.server';
import { canSeeMeeting } from './meeting-policy';
import { loadMeeting, type MeetingRow } from './meeting-records.server';
import { canManageRegistrations, checkManageRegistrations } from './registration-policy';
import { countByStatus, loadSettings } from './registration-records.server';
import { placesLeft, registrationState } from './registration-rules';
import { workshopDays } from './workshops/workshop-rules';

/**
 * A meeting's registration as one JSON value for a reader (a subquery, so the meeting page reads it
 * in its one query): the settings, the places held (pending and confirmed), the reader's own
 * registration and, when waiting, their place in the list (compared in SQL: PostgreSQL keeps
 * microseconds, a JavaScript date only milliseconds).
 */
export const registrationJson = (meetingId: SQL | string, userId: string | null) => sql`(
  select json_build_object(
    'settings', (select row_to_json(st) from ${meetingRegistrationSettings} st where st.meeting_id = ${meetingId}),
    'holding', (select count(*)::int from ${meetingRegistrations} h
      where h.meeting_id = ${meetingId} and ${inArray(sql`h.status`, [...placeHoldingStatuses])}),
    'own', case when own.id is not null then row_to_json(own) end,
    'position', case when own.status = 'waitlisted' then (
      select count(*)::int from ${meetingRegistrations} w
      where w.meeting_id = own.meeting_id and w.status = 'waitlisted' and (w.queued_at, w.id) <= (own.queued_at, own.id)) end)
  from (select 1) one
  left join ${meetingRegistrations} own on own.meeting_id = ${meetingId} and own.user_id = ${userId})`;

/**
 * What the meeting page shows every reader about registration (null when the meeting takes none):
 * whether it is open, places left, approval; and to a signed-in reader their own registration with
 * their place on the waiting list.
 */
export async function registrationSummary(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  now?: Date;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  const meeting = await loadMeeting(db, options.meetingId);
  if (!canSeeMeeting(subject, meeting)) throw notFound();
  const { rows } = await db.execute<{ registration: unknown }>(
    sql`select ${registrationJson(meeting.id, subject.userId)} as registration`,
  );
  return registrationView(subject, meeting, rows[0]?.registration, now);
}

/** registrationSummary from what registrationJson read (the caller has checked the meeting may be seen). */
export function registrationView(subject: Subject, meeting: MeetingRow, json: unknown, now: Date) {
  const read = (json ?? {}) as {
    settings?: unknown;
    holding?: number;
    own?: unknown;
    position?: number | null;
  };
  const [settings] = read.settings ? rowsFromJson(meetingRegistrationSettings, [read.settings]) : [];
  const manages = canManageRegistrations(subject, meeting);
  if (!settings) return { settings: null, manages, state: 'closed' as const, mine: null, placesLeft: null };
  const [own] = read.own ? rowsFromJson(meetingRegistrations, [read.own]) : [];
  return {
    settings: {
      open: settings.open,
      opensOn: settings.opensOn,
      closesOn: settings.closesOn,
      capacity: settings.capacity,
      approvalRequired: settings.approvalRequired,
      reminderDays: settings.reminderDays,
      version: settings.version,
    },
    manages,
    state: registrationState({ window: settings, meeting, now }),
    placesLeft: placesLeft(settings.capacity, Number(read.holding ?? 0)),
    mine: own
      ? {
          id: own.id,
          status: own.status,
          version: own.version,
          decisionReason: own.decisionReason,
          position: own.status === 'waitlisted' ? Number(read.position ?? 1) : null,
          // Their own answers, to fill the form again if they register anew after cancelling.
          answers: {
            organisation: own.organisation,
            countryIso3: own.countryIso3 ?? '',
            stakeholderCategory: own.stakeholderCategory ?? '',
            gender: own.gender ?? '',
            accessibilityNeeds: own.accessibilityNeeds,
            interpretationLanguage: own.interpretationLanguage ?? '',
          } as Record<string, string>,
        }
      : null,
  };
}
export type RegistrationSummary = Awaited<ReturnType<typeof registrationSummary>>;

/** Largest participant list one page or export holds; a meeting of the review system is far smaller. */
export const maxParticipants = 20_000;

/**
 * The organisers' participant list: each registration with the person's name and address and their
 * answers, filtered by status, in list order (place holders by arrival, then the waiting list in
 * its order); counts per status. Gender is voluntary and, as for speakers, only ever counted: it
 * is not in the rows. Organisers only (404 to everyone else).
 */
export async function listParticipants(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  status?: RegistrationStatus | null;
}) {
  const { db = getDb(), subject } = options;
  const meeting = await loadMeeting(db, options.meetingId);
  checkManageRegistrations(subject, meeting);
  const rows = await db
    .select({
      id: meetingRegistrations.id,
      status: meetingRegistrations.status,
      name: users.name,
      email: users.email,
      organisation: meetingRegistrations.organisation,
      countryIso3: meetingRegistrations.countryIso3,
      stakeholderCategory: meetingRegistrations.stakeholderCategory,
      accessibilityNeeds: meetingRegistrations.accessibilityNeeds,
      interpretationLanguage: meetingRegistrations.interpretationLanguage,
      decisionReason: meetingRegistrations.decisionReason,
      registeredAt: meetingRegistrations.createdAt,
      queuedAt: meetingRegistrations.queuedAt,
      version: meetingRegistrations.version,
    })
    .from(meetingRegistrations)
    .innerJoin(users, eq(users.id, meetingRegistrations.userId))
    .where(
      and(
        eq(meetingRegistrations.meetingId, meeting.id),
        options.status ? eq(meetingRegistrations.status, options.status) : undefined,
      ),
    )
    .orderBy(asc(meetingRegistrations.queuedAt), asc(meetingRegistrations.id))
    .limit(maxParticipants);
  // A workshop records attendance per day (decision 78): each row carries its marks by day.
  const attendanceDays = meeting.kind === 'workshop' ? workshopDays(meeting) : [];
  const marks = attendanceDays.length
    ? await db
        .select({
          registrationId: meetingWorkshopAttendance.registrationId,
          day: meetingWorkshopAttendance.day,
          mark: meetingWorkshopAttendance.mark,
        })
        .from(meetingWorkshopAttendance)
        .where(eq(meetingWorkshopAttendance.meetingId, meeting.id))
    : [];
  const attendanceOf = (registrationId: string): Record<string, AttendanceMark> =>
    Object.fromEntries(marks.filter((m) => m.registrationId === registrationId).map((m) => [m.day, m.mark]));
  return {
    meeting,
    settings: await loadSettings(db, meeting.id),
    counts: await countByStatus(db, meeting.id),
    genders: await genderCounts(db, meeting.id),
    attendanceDays,
    rows: rows.map((r) => ({ ...r, attendance: attendanceOf(r.id) })),
  };
}
export type ParticipantRow = Awaited<ReturnType<typeof listParticipants>>['rows'][number];

/** Voluntary gender answers of the registrations holding a place, counted (unanswered as "none"). */
async function genderCounts(db: DbOrTx, meetingId: string) {
  const rows = await db
    .select({ gender: meetingRegistrations.gender, n: sql<number>`count(*)::int` })
    .from(meetingRegistrations)
    .where(
      and(
        eq(meetingRegistrations.meetingId, meetingId),
        inArray(meetingRegistrations.status, [...placeHoldingStatuses]),
      ),
    )
    .groupBy(meetingRegistrations.gender);
  return Object.fromEntries(rows.map((r) => [r.gender ?? 'none', Number(r.n)])) as Record<string, number>;
}
