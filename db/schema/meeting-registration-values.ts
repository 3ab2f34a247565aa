/**
 * The value lists of registration columns, free of Drizzle so pages can import them.
 * db/schema/meeting-registrations.ts re-exports them.
 */

/**
 * pending (awaiting the organisers' approval, holds a place) → confirmed | declined;
 * waitlisted (no place yet) → pending | confirmed when a place frees; any active one → cancelled.
 */
export const registrationStatuses = ['pending', 'confirmed', 'waitlisted', 'declined', 'cancelled'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

/** Statuses that hold one of the meeting's places. */
export const placeHoldingStatuses: readonly RegistrationStatus[] = ['pending', 'confirmed'];
/** Statuses of a registration still in play (a person has at most one per meeting). */
export const activeRegistrationStatuses: readonly RegistrationStatus[] = [
  'pending',
  'confirmed',
  'waitlisted',
];

/** Voluntary; never shown except in aggregate (the organisers' counts). */
export const registrantGenders = ['woman', 'man', 'other'] as const;
export type RegistrantGender = (typeof registrantGenders)[number];

export const registrationEntityType = 'meeting_registration';
export const registrationSettingsEntityType = 'meeting_registration_settings';

export const isRegistrationStatus = (value: unknown): value is RegistrationStatus =>
  typeof value === 'string' && (registrationStatuses as readonly string[]).includes(value);
