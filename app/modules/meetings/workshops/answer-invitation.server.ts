import { eq, sql } from 'drizzle-orm';
import {
  activeRegistrationStatuses,
  meetingRegistrations,
  registrationEntityType,
} from '#db/schema/meeting-registrations';
import { invitationEntityType, meetingWorkshopInvitations } from '#db/schema/meeting-workshops';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, forbidden, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { canSeeMeeting } from '../meeting-policy';
import { lockMeeting } from '../meeting-records.server';
import { mailKindFor, queueRegistrationMail } from '../registration-mail.server';
import {
  countHolding,
  loadSettings,
  moveUpWaitingList,
  registrationOf,
} from '../registration-records.server';
import { newRegistrationStatus } from '../registration-rules';
import { invitationOf } from './workshop-records.server';
import { workshopToday } from './workshop-rules';
import { parseInvitationAnswer } from './workshop-schema';

/**
 * An invited focal point accepts or declines. Accepting registers them for the workshop under the
 * registration's rules — a place if one is left (the invitation stands for the organisers'
 * approval), the waiting list otherwise — with the registration mail and its calendar file.
 * Declining after accepting gives the place up, and the waiting list moves up.
 */
export async function answerInvitation(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  expectedVersion: number;
  input: unknown;
  now?: Date;
  requestId?: string;
  baseUrl?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, options.meetingId);
    if (!canSeeMeeting(subject, meeting)) throw notFound();
    if (!subject.userId) throw forbidden();
    const invitation = await invitationOf(tx, meeting.id, subject.userId);
    if (!invitation) throw forbidden();
    const input = parseInvitationAnswer(options.input);
    if (workshopToday(meeting, now) > meeting.endsOn) throw new AppError('registrationEnded', 409);
    const status = input.answer === 'accept' ? 'accepted' : 'declined';
    if (invitation.status === status) throw new AppError('invitationAlreadyAnswered', 409);
    const { after } = await updateVersioned({
      db: tx,
      table: meetingWorkshopInvitations,
      where: eq(meetingWorkshopInvitations.id, invitation.id),
      expectedVersion: options.expectedVersion,
      set: { status, answeredAt: now },
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: `meeting.workshop.${input.answer}`,
      entityType: invitationEntityType,
      entityId: invitation.id,
      before: { status: invitation.status },
      after: { status },
      requestId: options.requestId,
    });
    const existing = await registrationOf(tx, meeting.id, subject.userId);
    const active = existing && activeRegistrationStatuses.includes(existing.status);
    if (status === 'accepted') {
      if (active) return { invitation: after, registration: existing };
      if (existing?.status === 'declined') throw new AppError('registrationDeclinedBefore', 409);
      const settings = await loadSettings(tx, meeting.id);
      const regStatus = newRegistrationStatus({
        capacity: settings?.capacity ?? null,
        holding: await countHolding(tx, meeting.id),
        approvalRequired: false,
      });
      const values = {
        status: regStatus,
        countryIso3: invitation.countryIso3,
        gender: input.gender ?? null,
        queuedAt: sql`clock_timestamp()`,
        decisionReason: '',
        decidedBy: null,
        reminderSentAt: null,
      };
      const [registration] = existing
        ? await tx
            .update(meetingRegistrations)
            .set({ ...values, version: sql`${meetingRegistrations.version} + 1`, updatedAt: new Date() })
            .where(eq(meetingRegistrations.id, existing.id))
            .returning()
        : await tx
            .insert(meetingRegistrations)
            .values({ ...values, meetingId: meeting.id, userId: subject.userId })
            .returning();
      await recordAudit(tx, {
        actorId: subject.userId,
        action: 'meeting.registration.register',
        entityType: registrationEntityType,
        entityId: registration!.id,
        before: existing ? { status: existing.status } : null,
        after: { status: regStatus, byInvitation: invitation.id },
        requestId: options.requestId,
      });
      const kind = mailKindFor(regStatus);
      if (kind) {
        await queueRegistrationMail(tx, {
          meeting,
          registration: registration!,
          kind,
          baseUrl: options.baseUrl,
        });
      }
      return { invitation: after, registration: registration! };
    }
    if (!active) return { invitation: after, registration: existing };
    const [cancelled] = await tx
      .update(meetingRegistrations)
      .set({ status: 'cancelled', version: sql`${meetingRegistrations.version} + 1`, updatedAt: new Date() })
      .where(eq(meetingRegistrations.id, existing.id))
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'meeting.registration.cancel',
      entityType: registrationEntityType,
      entityId: existing.id,
      before: { status: existing.status },
      after: { status: 'cancelled', byInvitation: invitation.id },
      requestId: options.requestId,
    });
    await moveUpWaitingList(tx, {
      meeting,
      actorId: subject.userId,
      requestId: options.requestId,
      baseUrl: options.baseUrl,
    });
    return { invitation: after, registration: cancelled! };
  });
}
