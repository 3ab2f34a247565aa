import { eq, sql } from 'drizzle-orm';
import { meetingRegistrations, registrationEntityType } from '#db/schema/meeting-registrations';
import { stakeholderCategories } from '#db/schema/reference';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, fieldRefusal } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { checkCountries, lockMeeting } from './meeting-records.server';
import { mailKindFor, queueRegistrationMail } from './registration-mail.server';
import { checkRegister } from './registration-policy';
import { countHolding, loadSettings, registrationOf } from './registration-records.server';
import { newRegistrationStatus, registrationState } from './registration-rules';
import { parseRegistrationInput } from './registration-schema';

const closedCodes = {
  closed: 'registrationClosed',
  notYetOpen: 'registrationNotYetOpen',
  ended: 'registrationEnded',
} as const;

/**
 * A signed-in person registers for a meeting whose registration is open. With a place left the
 * registration is confirmed (or pending, when the organisers approve); at capacity it joins the
 * waiting list. The meeting's row lock serialises registrations, so N people asking for the last
 * place at once get it one at a time: exactly one holds it, the others wait in the order they came.
 * Someone who cancelled may register again (at the end of the list); a declined registration stays
 * declined.
 */
export async function registerForMeeting(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  input: unknown;
  now?: Date;
  requestId?: string;
  baseUrl?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, options.meetingId);
    checkRegister(subject, meeting);
    const input = parseRegistrationInput(options.input);
    const settings = await loadSettings(tx, meeting.id);
    const state = registrationState({ window: settings, meeting, now });
    if (state !== 'open') throw new AppError(closedCodes[state], 409);
    if (input.countryIso3) await checkCountries(tx, [input.countryIso3], 'countryIso3');
    if (input.stakeholderCategory) {
      const [category] = await tx
        .select({ key: stakeholderCategories.key })
        .from(stakeholderCategories)
        .where(eq(stakeholderCategories.key, input.stakeholderCategory));
      if (!category) throw fieldRefusal('stakeholderCategory', 'invalidChoice', { status: 422 });
    }
    if (input.interpretationLanguage && !meeting.languages.includes(input.interpretationLanguage)) {
      throw fieldRefusal('interpretationLanguage', 'invalidChoice', { status: 422 });
    }
    const existing = await registrationOf(tx, meeting.id, subject.userId!);
    if (existing && existing.status !== 'cancelled') {
      throw new AppError(
        existing.status === 'declined' ? 'registrationDeclinedBefore' : 'alreadyRegistered',
        409,
      );
    }
    const status = newRegistrationStatus({
      capacity: settings!.capacity,
      holding: await countHolding(tx, meeting.id),
      approvalRequired: settings!.approvalRequired,
    });
    const values = {
      ...input,
      status,
      // clock_timestamp(): later in the same transaction than now(), so the list keeps arrival order.
      queuedAt: sql`clock_timestamp()`,
      decisionReason: '',
      decidedBy: null,
      reminderSentAt: null,
    };
    const [row] = existing
      ? await tx
          .update(meetingRegistrations)
          .set({ ...values, version: sql`${meetingRegistrations.version} + 1`, updatedAt: new Date() })
          .where(eq(meetingRegistrations.id, existing.id))
          .returning()
      : await tx
          .insert(meetingRegistrations)
          .values({ ...values, meetingId: meeting.id, userId: subject.userId! })
          .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'meeting.registration.register',
      entityType: registrationEntityType,
      entityId: row!.id,
      before: existing ? { status: existing.status } : null,
      // The answers stay out of the trail: personal data for the organisers only.
      after: { status },
      requestId: options.requestId,
    });
    const kind = mailKindFor(status);
    if (kind)
      await queueRegistrationMail(tx, { meeting, registration: row!, kind, baseUrl: options.baseUrl });
    return row!;
  });
}
