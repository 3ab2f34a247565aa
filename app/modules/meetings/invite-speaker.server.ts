import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { checkManageMeeting } from './meeting-policy';
import { lockMeeting } from './meeting-records.server';
import { parseSpeakerInput } from './meeting-schema';
import { insertSpeaker } from './speaker-records.server';

/** The organisers invite a speaker, moderator or facilitator to a session: selected at once. */
export async function inviteSpeaker(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, options.meetingId);
    checkManageMeeting(subject, meeting);
    const input = parseSpeakerInput(options.input);
    return insertSpeaker(tx, { subject, meeting, input, status: 'invited', requestId: options.requestId });
  });
}
