/**
 * The value lists of meeting documents (db/schema/meeting-documents.ts), free of Drizzle so pages can
 * import them.
 */

/**
 * Kinds of document a meeting produces (domain.md §3–4): the IMRF's Progress Declaration, a regional
 * review conference's outcome, a chair's summary, and a round table's co-chairs' summary (one per
 * round-table session).
 */
export const meetingDocumentKinds = [
  'progress-declaration',
  'conference-outcome',
  'chairs-summary',
  'co-chairs-summary',
] as const;
export type MeetingDocumentKind = (typeof meetingDocumentKinds)[number];

/**
 * The meeting's outcome (at most one per meeting, at /{lang}/meetings/:id/outcome); the other kinds
 * are summaries, each at /{lang}/meetings/:id/summaries/:documentId.
 */
export const outcomeDocumentKinds: readonly MeetingDocumentKind[] = [
  'progress-declaration',
  'conference-outcome',
];

/**
 * drafting (organisers only) → comment (the partners comment on paragraphs until the period closes)
 * → adopted (a version adopted and published; drafting a correction may go on, published stays).
 */
export const meetingDocumentStatuses = ['drafting', 'comment', 'adopted'] as const;
export type MeetingDocumentStatus = (typeof meetingDocumentStatuses)[number];

export const meetingDocumentEntityType = 'meeting_document';

/** The document's public path without the language prefix. */
export const meetingDocumentPath = (doc: { id: string; meetingId: string; kind: MeetingDocumentKind }) =>
  outcomeDocumentKinds.includes(doc.kind)
    ? `/meetings/${doc.meetingId}/outcome`
    : `/meetings/${doc.meetingId}/summaries/${doc.id}`;
