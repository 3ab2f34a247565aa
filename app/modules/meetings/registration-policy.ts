import type { Subject } from '~/permissions/resolver';
import { forbidden, notFound } from '~/platform/errors';
import { canManageMeeting, canSeeMeeting, type MeetingRef } from './meeting-policy';

/**
 * Who may do what with registrations (pages and operations ask here).
 * - Any signed-in person who can see a meeting may register for it, and cancel their own
 *   registration; whether registration is open is a rule of the meeting (registration-rules.ts).
 * - The meeting's organisers (meetings.manage over its region) set the registration, approve or
 *   decline, and alone see and export the participant list: participants' personal data is theirs
 *   only. Anyone else reading the list is answered as if the page did not exist.
 */
export function checkRegister(subject: Subject, meeting: MeetingRef): void {
  if (!canSeeMeeting(subject, meeting)) throw notFound();
  if (!subject.userId) throw forbidden();
}

/** The participant list, the settings and decisions: the organisers only; 404 to everyone else. */
export function checkManageRegistrations(subject: Subject, meeting: MeetingRef): void {
  if (!canSeeMeeting(subject, meeting) || !canManageMeeting(subject, meeting)) throw notFound();
}

export const canManageRegistrations = (subject: Subject, meeting: MeetingRef) =>
  canSeeMeeting(subject, meeting) && canManageMeeting(subject, meeting);
