import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { checkNominate } from './meeting-policy';
import { lockMeeting } from './meeting-records.server';
import { parseSpeakerInput } from './meeting-schema';
import { insertSpeaker } from './speaker-records.server';

/**
 * A signed-in person nominates themselves or a colleague as speaker or facilitator of a session of
 * a published meeting, with a short statement of relevance; the organisers then decide.
 */
export async function nominateSpeaker(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, options.meetingId);
    checkNominate(subject, meeting);
    const input = parseSpeakerInput(options.input);
    return insertSpeaker(tx, { subject, meeting, input, status: 'nominated', requestId: options.requestId });
  });
}
