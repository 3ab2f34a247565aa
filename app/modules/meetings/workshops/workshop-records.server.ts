import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { roleAssignments, users } from '#db/schema/accounts';
import { meetingRegistrations } from '#db/schema/meeting-registrations';
import {
  meetingWorkshopAttendance,
  meetingWorkshopInvitations,
  meetingWorkshops,
} from '#db/schema/meeting-workshops';
import type { DbOrTx } from '~/platform/db.server';

/** Shared by the workshop operations: the workshop row, focal points, participants, invitations. */

export type WorkshopRow = typeof meetingWorkshops.$inferSelect;
export type InvitationRow = typeof meetingWorkshopInvitations.$inferSelect;
export type AttendanceRow = typeof meetingWorkshopAttendance.$inferSelect;

export async function workshopOf(db: DbOrTx, meetingId: string): Promise<WorkshopRow | null> {
  const [row] = await db.select().from(meetingWorkshops).where(eq(meetingWorkshops.meetingId, meetingId));
  return row ?? null;
}

/** The workshop's row, created (version 1, no states) the first time an organiser touches it. */
export async function ensureWorkshop(tx: DbOrTx, meetingId: string): Promise<WorkshopRow> {
  await tx.insert(meetingWorkshops).values({ meetingId }).onConflictDoNothing();
  return (await workshopOf(tx, meetingId))!;
}

/** The active focal points (role focal_point scoped to the country) of these states. */
export async function focalPointsOf(db: DbOrTx, states: readonly string[]) {
  if (!states.length) return [];
  return db
    .select({
      userId: users.id,
      name: users.name,
      countryIso3: roleAssignments.scopeId,
    })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        eq(roleAssignments.role, 'focal_point'),
        eq(roleAssignments.scopeType, 'country'),
        inArray(roleAssignments.scopeId, [...states]),
        isNull(users.disabledAt),
      ),
    )
    .orderBy(asc(roleAssignments.scopeId), asc(users.name));
}

export async function invitationOf(db: DbOrTx, meetingId: string, userId: string) {
  const [row] = await db
    .select()
    .from(meetingWorkshopInvitations)
    .where(
      and(eq(meetingWorkshopInvitations.meetingId, meetingId), eq(meetingWorkshopInvitations.userId, userId)),
    );
  return row ?? null;
}

/** The people holding a place (confirmed or awaiting approval), with their attendance marks. */
export async function participantsWithMarks(db: DbOrTx, meetingId: string) {
  const rows = await db
    .select({
      registrationId: meetingRegistrations.id,
      userId: meetingRegistrations.userId,
      name: users.name,
      status: meetingRegistrations.status,
      countryIso3: meetingRegistrations.countryIso3,
      gender: meetingRegistrations.gender,
    })
    .from(meetingRegistrations)
    .innerJoin(users, eq(users.id, meetingRegistrations.userId))
    .where(
      and(
        eq(meetingRegistrations.meetingId, meetingId),
        inArray(meetingRegistrations.status, ['confirmed', 'pending']),
      ),
    )
    .orderBy(asc(users.name), asc(meetingRegistrations.id));
  const marks = await db
    .select()
    .from(meetingWorkshopAttendance)
    .where(eq(meetingWorkshopAttendance.meetingId, meetingId));
  return rows.map((r) => ({
    ...r,
    marks: marks.filter((m) => m.registrationId === r.registrationId),
  }));
}
export type ParticipantWithMarks = Awaited<ReturnType<typeof participantsWithMarks>>[number];
