import { eq } from 'drizzle-orm';
import {
  activeRegistrationStatuses,
  meetingRegistrations,
  registrationEntityType,
} from '#db/schema/meeting-registrations';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { lockMeeting } from './meeting-records.server';
import { checkRegister } from './registration-policy';
import { moveUpWaitingList, registrationOf } from './registration-records.server';

/**
 * A participant cancels their own registration (held place or waiting list). A freed place goes to
 * the first on the waiting list in the same transaction, who is told by mail.
 */
export async function cancelRegistration(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  expectedVersion: number;
  requestId?: string;
  baseUrl?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, options.meetingId);
    checkRegister(subject, meeting);
    const current = await registrationOf(tx, meeting.id, subject.userId!);
    if (!current || !activeRegistrationStatuses.includes(current.status)) {
      throw new AppError('registrationNotActive', 409);
    }
    const { after } = await updateVersioned({
      db: tx,
      table: meetingRegistrations,
      where: eq(meetingRegistrations.id, current.id),
      expectedVersion: options.expectedVersion,
      set: { status: 'cancelled' },
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'meeting.registration.cancel',
      entityType: registrationEntityType,
      entityId: current.id,
      before: { status: current.status },
      after: { status: after.status },
      requestId: options.requestId,
    });
    const movedUp = await moveUpWaitingList(tx, {
      meeting,
      actorId: subject.userId,
      requestId: options.requestId,
      baseUrl: options.baseUrl,
    });
    return { registration: after, movedUp };
  });
}
