import { eq } from 'drizzle-orm';
import { meetingWorkshops, workshopEntityType } from '#db/schema/meeting-workshops';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { checkCountries, lockMeeting } from '../meeting-records.server';
import { checkIsWorkshop, checkOrganiseWorkshop } from './workshop-policy';
import { ensureWorkshop } from './workshop-records.server';
import { parseWorkshopStates } from './workshop-schema';

/** The organisers set the states whose focal points the workshop is for. Audited, versioned. */
export async function saveWorkshopStates(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  expectedVersion: number;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, options.meetingId);
    checkOrganiseWorkshop(subject, meeting);
    checkIsWorkshop(meeting, 'states');
    const input = parseWorkshopStates(options.input);
    const states = [...new Set(input.states)].sort();
    await checkCountries(tx, states, 'states');
    await ensureWorkshop(tx, meeting.id);
    const { before, after } = await updateVersioned({
      db: tx,
      table: meetingWorkshops,
      where: eq(meetingWorkshops.meetingId, meeting.id),
      expectedVersion: options.expectedVersion,
      set: { states },
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'meeting.workshop.states',
      entityType: workshopEntityType,
      entityId: meeting.id,
      before: { states: before.states },
      after: { states: after.states },
      requestId: options.requestId,
    });
    return after;
  });
}
