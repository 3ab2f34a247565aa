import type { MeetingDocumentStatus } from '#db/schema/meeting-document-values';
import { type Subject, scopesFor } from '~/permissions/resolver';
import { forbidden, notFound } from '~/platform/errors';
import { canManageMeeting, canSeeMeeting, type MeetingRef } from '../meeting-policy';

/**
 * Who may do what with a meeting's documents (declaration, outcome, summaries) — the one place
 * these rules live.
 * - The meeting's organisers draft, open and close the comment period, and adopt (publish).
 * - The partners comment on paragraphs while the comment period is open (until its last day): the
 *   organisers and the focal points of the meeting's participating states.
 * - The workspace (versions, comments) is for the organisers, and for the partners once a comment
 *   period was opened. The adopted version is public with its (published) meeting.
 */
export interface MeetingPartnerRef extends MeetingRef {
  participatingCountries: readonly string[];
}

export interface DocumentRef {
  status: MeetingDocumentStatus;
  commentsCloseOn: string | null;
}

/** A government focal point of one of the meeting's participating states (focal points hold plans.edit for their state). */
export function isFocalPointOfParticipant(subject: Subject, meeting: MeetingPartnerRef): boolean {
  if (!subject.userId) return false;
  const scopes = scopesFor(subject, 'plans.edit');
  if (scopes.any) return false;
  return scopes.countries.some((c) => meeting.participatingCountries.includes(c));
}

export const canDraftMeetingDocument = (subject: Subject, meeting: MeetingRef) =>
  canManageMeeting(subject, meeting);

export const isMeetingDocumentPartner = (subject: Subject, meeting: MeetingPartnerRef) =>
  canManageMeeting(subject, meeting) || isFocalPointOfParticipant(subject, meeting);

export const canOpenDocumentWorkspace = (subject: Subject, meeting: MeetingPartnerRef, doc: DocumentRef) =>
  canManageMeeting(subject, meeting) ||
  (doc.status !== 'drafting' && isFocalPointOfParticipant(subject, meeting));

/** Commenting: a partner, while the comment period is open (`today` in the meeting's time zone). */
export const canCommentMeetingDocument = (
  subject: Subject,
  meeting: MeetingPartnerRef,
  doc: DocumentRef,
  today: string,
) =>
  doc.status === 'comment' &&
  (!doc.commentsCloseOn || today <= doc.commentsCloseOn) &&
  isMeetingDocumentPartner(subject, meeting);

/** 404 when the meeting is hidden from the subject, 403 when it may see it but not the workspace. */
export function checkDocumentWorkspace(
  subject: Subject,
  meeting: MeetingPartnerRef,
  doc: DocumentRef | null,
) {
  if (!canSeeMeeting(subject, meeting)) throw notFound();
  if (!doc) {
    if (!canManageMeeting(subject, meeting)) throw forbidden();
    return;
  }
  if (!canOpenDocumentWorkspace(subject, meeting, doc)) throw forbidden();
}

/** Entering the documents area of a meeting at all (the list and its links): organisers and partners. */
export const canSeeDocumentsArea = (subject: Subject, meeting: MeetingPartnerRef) =>
  canSeeMeeting(subject, meeting) && isMeetingDocumentPartner(subject, meeting);
