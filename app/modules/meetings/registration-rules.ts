import type { RegistrationStatus } from '#db/schema/meeting-registration-values';
import { zonedParts } from '~/platform/time-zone';

/**
 * The rules of participant registration, pure so they are pinned by tests without a database:
 * whether registration is open today, how many places are left, and the status a new (or moved-up)
 * registration takes.
 */
export interface RegistrationWindow {
  open: boolean;
  /** First and last day (meeting's time zone), null for no limit. */
  opensOn: string | null;
  closesOn: string | null;
}

export type RegistrationState = 'open' | 'closed' | 'notYetOpen' | 'ended';

/**
 * Open when the organisers opened it, today (in the meeting's time zone) is within the window, the
 * meeting is published and its last day has not passed.
 */
export function registrationState(options: {
  window: RegistrationWindow | null;
  meeting: { status: string; endsOn: string; timeZone: string };
  now: Date;
}): RegistrationState {
  const { window, meeting } = options;
  const today = zonedParts(options.now, meeting.timeZone).date;
  if (today > meeting.endsOn) return 'ended';
  if (!window?.open || meeting.status !== 'published') return 'closed';
  if (window.opensOn && today < window.opensOn) return 'notYetOpen';
  if (window.closesOn && today > window.closesOn) return 'closed';
  return 'open';
}

/** Places left (never below zero), or null when the meeting has no limit. */
export function placesLeft(capacity: number | null, holding: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - holding);
}

/** A registration with a free place awaits approval when the organisers approve, else is confirmed. */
export const placeStatus = (approvalRequired: boolean): RegistrationStatus =>
  approvalRequired ? 'pending' : 'confirmed';

/** The status a new registration takes: a place if one is left, the waiting list otherwise. */
export function newRegistrationStatus(options: {
  capacity: number | null;
  holding: number;
  approvalRequired: boolean;
}): RegistrationStatus {
  const left = placesLeft(options.capacity, options.holding);
  return left === null || left > 0 ? placeStatus(options.approvalRequired) : 'waitlisted';
}

/** How many of the waiting list move up now: as many as there are free places (all when no limit). */
export function movingUp(options: { capacity: number | null; holding: number; waiting: number }): number {
  const left = placesLeft(options.capacity, options.holding);
  return left === null ? options.waiting : Math.min(left, options.waiting);
}
