import { eq } from 'drizzle-orm';
import { meetingRegistrations, registrationEntityType } from '#db/schema/meeting-registrations';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { lockMeeting } from './meeting-records.server';
import { queueRegistrationMail } from './registration-mail.server';
import { checkManageRegistrations } from './registration-policy';
import { loadRegistration, moveUpWaitingList } from './registration-records.server';
import { parseRegistrationDecision } from './registration-schema';

/**
 * The organisers approve a pending registration (confirmed, with the calendar by mail) or decline
 * it with a reason the participant reads; a declined place goes to the waiting list at once.
 */
export async function decideRegistration(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  registrationId: string;
  expectedVersion: number;
  input: unknown;
  requestId?: string;
  baseUrl?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, options.meetingId);
    checkManageRegistrations(subject, meeting);
    const input = parseRegistrationDecision(options.input);
    const current = await loadRegistration(tx, meeting.id, options.registrationId);
    if (current.status !== 'pending') throw new AppError('registrationAlreadyDecided', 409);
    const approve = input.decision === 'approve';
    const { after } = await updateVersioned({
      db: tx,
      table: meetingRegistrations,
      where: eq(meetingRegistrations.id, current.id),
      expectedVersion: options.expectedVersion,
      set: {
        status: approve ? 'confirmed' : 'declined',
        decisionReason: input.reason ?? '',
        decidedBy: subject.userId,
      },
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: `meeting.registration.${input.decision}`,
      entityType: registrationEntityType,
      entityId: current.id,
      before: { status: current.status },
      after: { status: after.status, reason: after.decisionReason },
      requestId: options.requestId,
    });
    await queueRegistrationMail(tx, {
      meeting,
      registration: after,
      kind: approve ? 'confirmed' : 'declined',
      baseUrl: options.baseUrl,
    });
    const movedUp = approve
      ? []
      : await moveUpWaitingList(tx, {
          meeting,
          actorId: subject.userId,
          requestId: options.requestId,
          baseUrl: options.baseUrl,
        });
    return { registration: after, movedUp };
  });
}
