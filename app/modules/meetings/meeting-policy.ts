import type { MeetingStatus } from '#db/schema/meeting-values';
import { readerSet, resourceKeys } from '~/permissions/access-keys';
import { can, type Resource, type Subject, scopesFor } from '~/permissions/resolver';
import { AppError, forbidden, notFound } from '~/platform/errors';

/**
 * Who may do what with meetings — the one place these rules live (pages, API and operations ask
 * here).
 * - A meeting belongs to its organisers: holders of meetings.manage scoped to its region (a
 *   regional secretariat), or anywhere (the Network secretariat, administrators). A global meeting
 *   (no region, e.g. the IMRF) is only for those holding it anywhere.
 * - A draft meeting exists only for its organisers (404 to anyone else); published and cancelled
 *   meetings are public.
 * - Any signed-in person may nominate a speaker (themselves or a colleague) for a session of a
 *   published meeting; the organisers accept or decline.
 */
export interface MeetingRef {
  regionId: string | null;
  status: MeetingStatus;
}

export const meetingResource = (regionId: string | null): Resource => ({
  regions: regionId ? [regionId] : [],
});

export const canManageMeeting = (subject: Subject, meeting: Pick<MeetingRef, 'regionId'>) =>
  can(subject, 'meetings.manage', meetingResource(meeting.regionId));

export const canSeeMeeting = (subject: Subject, meeting: MeetingRef) =>
  meeting.status !== 'draft' || canManageMeeting(subject, meeting);

/** canSeeMeeting as access keys for the content index: a draft's organisers open it. */
export const meetingDraftReaders = (regionId: string | null) =>
  readerSet(resourceKeys('meetings.manage', meetingResource(regionId)));

/** Throws notFound (404) when the subject may not see the meeting, forbidden (403) when it may only read it. */
export function checkManageMeeting(subject: Subject, meeting: MeetingRef): void {
  if (!canSeeMeeting(subject, meeting)) throw notFound();
  if (!canManageMeeting(subject, meeting)) throw forbidden();
}

/** Organising a meeting somewhere at all: the entry point on the meetings page. */
export const canOrganiseMeetings = (subject: Subject) =>
  can(subject, 'meetings.manage', undefined, { somewhere: true });

/** Throws forbidden unless the subject may organise meetings of this region (null: a global meeting). */
export function checkOrganise(subject: Subject, regionId: string | null): void {
  if (!subject.userId || !canManageMeeting(subject, { regionId })) throw forbidden();
}

/** The regions the subject organises meetings for: 'any' or the region ids of scoped grants. */
export function organisedRegionIds(subject: Subject): 'any' | string[] {
  const scopes = scopesFor(subject, 'meetings.manage');
  return scopes.any ? 'any' : scopes.regions;
}

/** Nominating a speaker: signed in, and the meeting is published (not a draft, not cancelled). */
export const canNominate = (subject: Subject, meeting: MeetingRef) =>
  Boolean(subject.userId) && meeting.status === 'published';

export function checkNominate(subject: Subject, meeting: MeetingRef): void {
  if (!canSeeMeeting(subject, meeting)) throw notFound();
  if (!subject.userId) throw forbidden();
  if (meeting.status !== 'published') throw new AppError('meetingNotOpen', 409);
}
