import { eq } from 'drizzle-orm';
import {
  meetingRegistrationSettings,
  registrationSettingsEntityType,
} from '#db/schema/meeting-registrations';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { staleVersion } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { lockMeeting } from './meeting-records.server';
import { checkManageRegistrations } from './registration-policy';
import { loadSettings, moveUpWaitingList } from './registration-records.server';
import { parseRegistrationSettings } from './registration-schema';

/**
 * The organisers open or close registration, set its window, places, approval and reminder. More
 * places (or none at all) move the waiting list up at once; fewer places never take one away
 * from someone who holds it — they only stop new ones. `expectedVersion` 0 creates the settings.
 */
export async function saveRegistrationSettings(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  expectedVersion: number;
  input: unknown;
  requestId?: string;
  baseUrl?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, options.meetingId);
    checkManageRegistrations(subject, meeting);
    const input = parseRegistrationSettings(options.input);
    const current = await loadSettings(tx, meeting.id);
    let after: typeof meetingRegistrationSettings.$inferSelect;
    if (!current) {
      if (options.expectedVersion !== 0) throw staleVersion();
      [after] = (await tx
        .insert(meetingRegistrationSettings)
        .values({ meetingId: meeting.id, ...input })
        .returning()) as [typeof after];
    } else {
      ({ after } = await updateVersioned({
        db: tx,
        table: meetingRegistrationSettings,
        where: eq(meetingRegistrationSettings.meetingId, meeting.id),
        expectedVersion: options.expectedVersion,
        set: input,
      }));
    }
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'meeting.registration.settings',
      entityType: registrationSettingsEntityType,
      entityId: meeting.id,
      before: current
        ? {
            open: current.open,
            opensOn: current.opensOn,
            closesOn: current.closesOn,
            capacity: current.capacity,
            approvalRequired: current.approvalRequired,
            reminderDays: current.reminderDays,
          }
        : null,
      after: input,
      requestId: options.requestId,
    });
    const movedUp = await moveUpWaitingList(tx, {
      meeting,
      actorId: subject.userId,
      requestId: options.requestId,
      baseUrl: options.baseUrl,
    });
    return { settings: after, movedUp };
  });
}
