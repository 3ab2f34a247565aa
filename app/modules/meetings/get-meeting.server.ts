import { reviewMeetingKinds } from '#db/schema/meeting-values';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { objectiveCoverage } from './coverage';
import { canManageMeeting, canSeeMeeting } from './meeting-policy';
import {
  loadMeeting,
  loadSessions,
  type MeetingRow,
  type SessionWithObjectives,
} from './meeting-records.server';

/**
 * A meeting with its agenda (sessions in order, each with its objectives) and, for review meetings,
 * the objective coverage check. A draft is not found for anyone but its organisers.
 */
export async function getMeeting(options: { db?: DbOrTx; subject: Subject; meetingId: string }) {
  const { db = getDb(), subject } = options;
  const meeting = await loadMeeting(db, options.meetingId);
  if (!canSeeMeeting(subject, meeting)) throw notFound();
  return meetingView(subject, meeting, await loadSessions(db, [meeting.id]));
}
export type MeetingView = Awaited<ReturnType<typeof getMeeting>>;

/** getMeeting from the meeting and its sessions (the caller has checked the meeting may be seen). */
export function meetingView(subject: Subject, meeting: MeetingRow, sessions: SessionWithObjectives[]) {
  return {
    meeting,
    sessions,
    coverage: reviewMeetingKinds.includes(meeting.kind) ? objectiveCoverage(sessions) : null,
    canManage: canManageMeeting(subject, meeting),
  };
}
