import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  meetingRegistrationSettings,
  meetingRegistrations,
  placeHoldingStatuses,
  type RegistrationStatus,
  registrationEntityType,
} from '#db/schema/meeting-registrations';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { isUuid } from '~/platform/uuid';
import type { MeetingRow } from './meeting-records.server';
import { queueRegistrationMail } from './registration-mail.server';
import { movingUp, placeStatus } from './registration-rules';

/**
 * Shared by the registration operations, always inside a transaction that holds the meeting's row
 * lock (lockMeeting): every change to who holds a place is serialised per meeting, so concurrent
 * registrations for the last place cannot both get it and the waiting list moves in order.
 */
export type RegistrationRow = typeof meetingRegistrations.$inferSelect;
export type RegistrationSettingsRow = typeof meetingRegistrationSettings.$inferSelect;

export async function loadSettings(db: DbOrTx, meetingId: string): Promise<RegistrationSettingsRow | null> {
  const [row] = await db
    .select()
    .from(meetingRegistrationSettings)
    .where(eq(meetingRegistrationSettings.meetingId, meetingId));
  return row ?? null;
}

/** Registrations holding a place (pending and confirmed). */
export async function countHolding(db: DbOrTx, meetingId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(meetingRegistrations)
    .where(
      and(
        eq(meetingRegistrations.meetingId, meetingId),
        inArray(meetingRegistrations.status, [...placeHoldingStatuses]),
      ),
    );
  return Number(row?.n ?? 0);
}

/** Registrations per status (every status present, zero when none). */
export async function countByStatus(
  db: DbOrTx,
  meetingId: string,
): Promise<Record<RegistrationStatus, number>> {
  const rows = await db
    .select({ status: meetingRegistrations.status, n: sql<number>`count(*)::int` })
    .from(meetingRegistrations)
    .where(eq(meetingRegistrations.meetingId, meetingId))
    .groupBy(meetingRegistrations.status);
  const out: Record<RegistrationStatus, number> = {
    pending: 0,
    confirmed: 0,
    waitlisted: 0,
    declined: 0,
    cancelled: 0,
  };
  for (const r of rows) out[r.status] = Number(r.n);
  return out;
}

export async function loadRegistration(db: DbOrTx, meetingId: string, registrationId: string) {
  if (!isUuid(registrationId)) throw notFound();
  const [row] = await db
    .select()
    .from(meetingRegistrations)
    .where(and(eq(meetingRegistrations.id, registrationId), eq(meetingRegistrations.meetingId, meetingId)));
  if (!row) throw notFound();
  return row;
}

export async function registrationOf(db: DbOrTx, meetingId: string, userId: string) {
  const [row] = await db
    .select()
    .from(meetingRegistrations)
    .where(and(eq(meetingRegistrations.meetingId, meetingId), eq(meetingRegistrations.userId, userId)));
  return row ?? null;
}

/**
 * Moves the waiting list up into the free places, first come first served (queued_at, then id),
 * each to pending or confirmed as the settings say, audited and told by mail. Call it after any
 * change that frees places (a cancellation, a decline, more capacity), in the same transaction.
 */
export async function moveUpWaitingList(
  tx: DbOrTx,
  options: { meeting: MeetingRow; actorId: string | null; requestId?: string; baseUrl?: string },
): Promise<RegistrationRow[]> {
  const { meeting } = options;
  const settings = await loadSettings(tx, meeting.id);
  if (!settings) return [];
  const waiting = await tx
    .select()
    .from(meetingRegistrations)
    .where(and(eq(meetingRegistrations.meetingId, meeting.id), eq(meetingRegistrations.status, 'waitlisted')))
    .orderBy(asc(meetingRegistrations.queuedAt), asc(meetingRegistrations.id));
  const n = movingUp({
    capacity: settings.capacity,
    holding: await countHolding(tx, meeting.id),
    waiting: waiting.length,
  });
  const moved: RegistrationRow[] = [];
  for (const row of waiting.slice(0, n)) {
    const status = placeStatus(settings.approvalRequired);
    const [after] = await tx
      .update(meetingRegistrations)
      .set({ status, version: sql`${meetingRegistrations.version} + 1`, updatedAt: new Date() })
      .where(eq(meetingRegistrations.id, row.id))
      .returning();
    await recordAudit(tx, {
      actorId: options.actorId,
      action: 'meeting.registration.moveUp',
      entityType: registrationEntityType,
      entityId: row.id,
      before: { status: row.status },
      after: { status },
      requestId: options.requestId,
    });
    await queueRegistrationMail(tx, {
      meeting,
      registration: after!,
      kind: status === 'confirmed' ? 'movedUp' : 'movedUpPending',
      baseUrl: options.baseUrl,
    });
    moved.push(after!);
  }
  return moved;
}
