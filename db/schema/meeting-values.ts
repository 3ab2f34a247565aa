/**
 * The value lists of meeting columns, free of Drizzle so pages can import them without pulling the
 * ORM into the browser bundle. db/schema/meetings.ts re-exports them.
 */

/** Kinds of meeting of the review system (domain.md §3–4); the API filters by these keys. */
export const meetingKinds = [
  'imrf',
  'review-conference',
  'consultation',
  'dialogue',
  'workshop',
  'mechanism-meeting',
  'side-event',
] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/** Kinds whose agenda should cover all 23 objectives: the coverage check is shown for these. */
export const reviewMeetingKinds: readonly MeetingKind[] = ['imrf', 'review-conference'];

/** draft (its organisers only) → published (everyone) → cancelled (still public, marked). */
export const meetingStatuses = ['draft', 'published', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const sessionKinds = [
  'panel',
  'round-table',
  'policy-debate',
  'plenary',
  'general-debate',
  'hearing',
  'side-event',
  'workshop-session',
] as const;
export type SessionKind = (typeof sessionKinds)[number];

/** Languages a meeting may be held in (the six UN languages). */
export const meetingLanguages = ['ar', 'en', 'fr', 'es', 'ru', 'zh'] as const;
export type MeetingLanguage = (typeof meetingLanguages)[number];

export const speakerRoles = ['speaker', 'moderator', 'facilitator'] as const;
export type SpeakerRole = (typeof speakerRoles)[number];

/** invited by the organiser, or nominated (by themselves or a colleague); then accepted or declined. */
export const speakerStatuses = ['invited', 'nominated', 'accepted', 'declined'] as const;
export type SpeakerStatus = (typeof speakerStatuses)[number];

/** Voluntary demographic answers; shown only in aggregate. */
export const speakerGenders = ['woman', 'man', 'other'] as const;
export type SpeakerGender = (typeof speakerGenders)[number];

export const speakerSectors = ['government', 'non-government'] as const;
export type SpeakerSector = (typeof speakerSectors)[number];

/** Entity types of meetings and sessions in the tagging tables, the audit trail and the content index. */
export const meetingEntityType = 'meeting';
export const sessionEntityType = 'meeting_session';
export const speakerEntityType = 'meeting_speaker';
export const statementEntityType = 'meeting_statement';
/** A background note of a session (its file attaches under this entity type). */
export const backgroundNoteEntityType = 'meeting_background_note';

/** Targets an organiser sets for the speakers of a meeting (shares in percent). */
export interface BalanceTargets {
  /** Minimum share of women among selected speakers. */
  minWomenPercent?: number;
  /** Minimum share of non-government speakers. */
  minNonGovernmentPercent?: number;
  /** Maximum share of speakers from any one sub-region. */
  maxSubregionPercent?: number;
}

export const isMeetingKind = (value: unknown): value is MeetingKind =>
  typeof value === 'string' && (meetingKinds as readonly string[]).includes(value);

/** Who delivers a statement: a member state, an observer, a group of states, a stakeholder or a UN entity. */
export const statementSpeakerKinds = ['state', 'observer', 'group', 'stakeholder', 'un-entity'] as const;
export type StatementSpeakerKind = (typeof statementSpeakerKinds)[number];

export const isMeetingLanguage = (value: unknown): value is MeetingLanguage =>
  typeof value === 'string' && (meetingLanguages as readonly string[]).includes(value);
