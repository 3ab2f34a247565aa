import { and, asc, eq } from 'drizzle-orm';
import { users } from '#db/schema/accounts';
import { files } from '#db/schema/files';
import { meetingWorkshopInvitations, meetingWorkshopMaterials } from '#db/schema/meeting-workshops';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { canSeeMeeting } from '../meeting-policy';
import { loadMeeting } from '../meeting-records.server';
import { registrationOf } from '../registration-records.server';
import { canOrganiseWorkshop, canReadMaterial } from './workshop-policy';
import { focalPointsOf, invitationOf, participantsWithMarks, workshopOf } from './workshop-records.server';
import { attendanceRefusal, recordRefusal, statesWithoutFocalPoint, workshopDays } from './workshop-rules';

/**
 * What the workshop page shows this viewer: the public record (aggregates) and the materials they
 * may read for everyone; their own invitation for an invitee; and for the organisers the states,
 * focal points (and states without one), invitations, participants with their marks per day.
 */
export async function getWorkshop(options: { db?: DbOrTx; subject: Subject; meetingId: string; now?: Date }) {
  const { db = getDb(), subject, now = new Date() } = options;
  const meeting = await loadMeeting(db, options.meetingId);
  if (!canSeeMeeting(subject, meeting) || meeting.kind !== 'workshop') throw notFound();
  const workshop = await workshopOf(db, meeting.id);
  const organiser = canOrganiseWorkshop(subject, meeting);
  const registration = subject.userId ? await registrationOf(db, meeting.id, subject.userId) : null;
  const invitation = subject.userId ? await invitationOf(db, meeting.id, subject.userId) : null;
  const materials = (
    await db
      .select({
        id: meetingWorkshopMaterials.id,
        title: meetingWorkshopMaterials.title,
        url: meetingWorkshopMaterials.url,
        visibility: meetingWorkshopMaterials.visibility,
        version: meetingWorkshopMaterials.version,
        fileId: meetingWorkshopMaterials.fileId,
        fileName: files.originalName,
        fileType: files.contentType,
        fileSize: files.sizeBytes,
      })
      .from(meetingWorkshopMaterials)
      .leftJoin(files, eq(files.id, meetingWorkshopMaterials.fileId))
      .where(eq(meetingWorkshopMaterials.meetingId, meeting.id))
      .orderBy(asc(meetingWorkshopMaterials.createdAt))
  ).filter((m) =>
    canReadMaterial({
      subject,
      meeting,
      visibility: m.visibility,
      registrationStatus: registration?.status ?? null,
    }),
  );
  const record = workshop?.closedAt
    ? {
        heldFrom: workshop.heldFrom!,
        heldTo: workshop.heldTo!,
        topics: workshop.topics,
        report: workshop.report,
        trainedTotal: workshop.trainedTotal,
        trainedByCountry: workshop.trainedByCountry,
        trainedByGender: workshop.trainedByGender,
        isSample: workshop.isSample,
      }
    : null;
  let organiserView = null;
  if (organiser) {
    const states = workshop?.states ?? [];
    const focalPoints = await focalPointsOf(db, states);
    const invitations = await db
      .select({
        id: meetingWorkshopInvitations.id,
        name: users.name,
        countryIso3: meetingWorkshopInvitations.countryIso3,
        status: meetingWorkshopInvitations.status,
        invitedAt: meetingWorkshopInvitations.invitedAt,
        answeredAt: meetingWorkshopInvitations.answeredAt,
      })
      .from(meetingWorkshopInvitations)
      .innerJoin(users, eq(users.id, meetingWorkshopInvitations.userId))
      .where(and(eq(meetingWorkshopInvitations.meetingId, meeting.id)))
      .orderBy(asc(meetingWorkshopInvitations.countryIso3), asc(users.name));
    organiserView = {
      version: workshop?.version ?? 1,
      states,
      focalPoints,
      withoutFocalPoint: statesWithoutFocalPoint(states, focalPoints),
      invitations,
      participants: await participantsWithMarks(db, meeting.id),
      days: workshopDays(meeting).map((day) => ({ day, refusal: attendanceRefusal(meeting, day, now) })),
      recordRefusal: recordRefusal(meeting, now),
      record: workshop
        ? {
            heldFrom: workshop.heldFrom,
            heldTo: workshop.heldTo,
            topics: workshop.topics,
            report: workshop.report,
          }
        : null,
    };
  }
  return { meeting, record, materials, invitation, registration, organiser: organiserView };
}
