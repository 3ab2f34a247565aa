import { sql } from 'drizzle-orm';
import { meetings } from '#db/schema/meetings';
import type { RegionalInput } from '~/modules/reviews/forwarding/forwarding-records.server';
import { regionalInputsJson } from '~/modules/reviews/forwarding/forwarding-records.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { rowsFromJson } from '~/platform/json-rows';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { backgroundNotesFrom, backgroundNotesJson } from './background-note-records.server';
import { meetingView } from './get-meeting.server';
import { speakersJson, speakersView } from './list-speakers.server';
import { meetingStatementsFrom, meetingStatementsJson } from './list-statements.server';
import { canSeeMeeting } from './meeting-policy';
import { sessionsFrom, sessionsJson } from './meeting-records.server';
import { meetingDocumentsJson, meetingDocumentsView } from './outcome/get-documents.server';
import { registrationJson, registrationView } from './registration-view.server';
import { sideEventsJson, sideEventsView } from './side-events/list-side-events.server';

/** The newest statements the meeting page lists (the repository pages through the rest). */
export const meetingPageStatements = 200;

/**
 * Everything a meeting's page shows, for this reader, in ONE query: the meeting with its agenda,
 * speakers, registration, statements, documents, background notes, side events and (for the IMRF)
 * regional inputs, each a JSON subquery of its own module (the same subqueries those modules' own
 * readers run). PGlite runs queries one at a time on the main thread and each costs about a
 * millisecond however small, so the page's thirteen reads became one (measurements, stop 25).
 * A draft is not found for anyone but its organisers.
 */
export async function getMeetingPage(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  now?: Date;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  if (!isUuid(options.meetingId)) throw notFound();
  const m = sql`m.id`;
  const { rows } = await db.execute<Record<string, unknown>>(sql`
    select row_to_json(m) as meeting,
      ${sessionsJson(m)} as sessions,
      ${speakersJson(m)} as speakers,
      ${registrationJson(m, subject.userId)} as registration,
      ${meetingStatementsJson(m, meetingPageStatements)} as statements,
      ${meetingDocumentsJson(m)} as documents,
      ${backgroundNotesJson(m)} as notes,
      ${sideEventsJson(m)} as "sideEvents",
      case when m.kind = 'imrf' then ${regionalInputsJson(m)} end as "regionalInputs"
    from ${meetings} m where m.id = ${options.meetingId}`);
  const row = rows[0];
  const [meeting] = row ? rowsFromJson(meetings, [row.meeting]) : [];
  if (!row || !meeting || !canSeeMeeting(subject, meeting)) throw notFound();
  return {
    ...meetingView(subject, meeting, sessionsFrom(row.sessions)),
    speakers: speakersView(subject, meeting, row.speakers),
    registration: registrationView(subject, meeting, row.registration, now),
    statements: meetingStatementsFrom(meeting, row.statements),
    documents: meetingDocumentsView(subject, meeting, row.documents),
    notes: backgroundNotesFrom(row.notes),
    sideEvents: sideEventsView(subject, meeting, row.sideEvents, now),
    regionalInputs: (row.regionalInputs as RegionalInput[] | null) ?? null,
  };
}
