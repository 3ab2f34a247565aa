/**
 * The value lists of focal-point workshop columns, free of Drizzle so pages can import them.
 * db/schema/meeting-workshops.ts re-exports them.
 */

/** invited → accepted (registered for the meeting) | declined; an answer may change until the end. */
export const invitationStatuses = ['invited', 'accepted', 'declined'] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

/** One participant on one day of the workshop. */
export const attendanceMarks = ['attended', 'absent'] as const;
export type AttendanceMark = (typeof attendanceMarks)[number];

/** Materials are for the participants (and organisers), or for everyone when the organiser says so. */
export const materialVisibilities = ['participants', 'public'] as const;
export type MaterialVisibility = (typeof materialVisibilities)[number];

/** Counted people trained: the registrants' voluntary gender answers, or "not given". */
export type TrainedByGender = Partial<Record<'woman' | 'man' | 'other' | 'notGiven', number>>;

export const workshopEntityType = 'meeting_workshop';
export const invitationEntityType = 'meeting_workshop_invitation';
export const attendanceEntityType = 'meeting_workshop_attendance';
export const materialEntityType = 'meeting_workshop_material';
