import type { RegistrationStatus } from '#db/schema/meeting-registration-values';
import type { MaterialVisibility } from '#db/schema/meeting-workshop-values';
import type { Subject } from '~/permissions/resolver';
import { AppError, forbidden, notFound } from '~/platform/errors';
import { canManageMeeting, canSeeMeeting, type MeetingRef } from '../meeting-policy';

/**
 * Who may do what with a focal-point workshop (pages and operations ask here).
 * - The meeting's organisers set the states, invite, mark attendance, add materials and close the
 *   record; they alone see invitees, participants and attendance (personal data).
 * - An invitee answers their own invitation.
 * - Materials marked for participants are read by the organisers and the participants (a place
 *   held, confirmed or awaiting approval); public materials by anyone who can see the meeting.
 * - The closed record is public with the meeting, as aggregates only.
 */
export interface WorkshopRef extends MeetingRef {
  kind: string;
}

/** Organiser actions: 404 to whoever cannot see the meeting, 403 to other readers. */
export function checkOrganiseWorkshop(subject: Subject, meeting: WorkshopRef): void {
  if (!canSeeMeeting(subject, meeting)) throw notFound();
  if (!canManageMeeting(subject, meeting)) throw forbidden();
}

/** The workshop functions exist only for meetings of kind workshop. */
export function checkIsWorkshop(meeting: WorkshopRef, field = 'states'): void {
  if (meeting.kind !== 'workshop') {
    throw new AppError(
      'notAWorkshop',
      422,
      { field },
      { fieldErrors: { [field]: [{ code: 'notAWorkshop' }] } },
    );
  }
}

export const canOrganiseWorkshop = (subject: Subject, meeting: WorkshopRef) =>
  canSeeMeeting(subject, meeting) && canManageMeeting(subject, meeting);

/** A participant: their registration holds a place. */
export const isParticipant = (status: RegistrationStatus | null | undefined) =>
  status === 'confirmed' || status === 'pending';

export function canReadMaterial(options: {
  subject: Subject;
  meeting: WorkshopRef;
  visibility: MaterialVisibility;
  registrationStatus: RegistrationStatus | null;
}): boolean {
  const { subject, meeting } = options;
  if (!canSeeMeeting(subject, meeting)) return false;
  if (options.visibility === 'public') return true;
  return canManageMeeting(subject, meeting) || isParticipant(options.registrationStatus);
}
