import type { Translated } from '#db/schema/columns';
import type { BackgroundNote } from './background-note-records.server';
import type { MeetingRow, SessionWithObjectives } from './meeting-records.server';

/** A session as the public API shows it: times as instants (ISO 8601), objectives as numbers. */
export const presentSession = (s: SessionWithObjectives) => ({
  id: s.id,
  kind: s.kind,
  title: { ar: s.title.ar ?? null, en: s.title.en ?? null },
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  room: s.room,
  coChairs: s.coChairs,
  objectives: s.objectives,
});

/** A meeting as the public API shows it, with its agenda and the objectives the agenda covers. */
export function presentMeeting(meeting: MeetingRow, sessions: readonly SessionWithObjectives[]) {
  return {
    id: meeting.id,
    kind: meeting.kind,
    status: meeting.status,
    title: { ar: meeting.title.ar ?? null, en: meeting.title.en ?? null },
    summary: { ar: meeting.summary.ar ?? null, en: meeting.summary.en ?? null },
    originalLanguage: meeting.originalLanguage,
    organisers: meeting.organisers,
    partners: meeting.partners,
    startsOn: meeting.startsOn,
    endsOn: meeting.endsOn,
    timeZone: meeting.timeZone,
    venue: meeting.venue,
    onlineUrl: meeting.onlineUrl || null,
    languages: meeting.languages,
    interpretation: meeting.interpretation,
    region: meeting.regionId,
    reviewCycle: meeting.cycleId,
    objectives: [...new Set(sessions.flatMap((s) => s.objectives))].sort((a, b) => a - b),
    sessions: sessions.map(presentSession),
    isSample: meeting.isSample,
    links: { page: `/ar/meetings/${meeting.id}` },
  };
}

/** A background note as the API shows it: a file (its download URL) or a link. */
export const presentBackgroundNote = (n: BackgroundNote) => ({
  id: n.id,
  title: { ar: n.title.ar ?? null, en: n.title.en ?? null },
  kind: n.file ? ('file' as const) : ('link' as const),
  url: n.file ? `/ar${n.href}` : n.href,
  fileName: n.file?.name ?? null,
});

/** An adopted (published) outcome document or summary of the meeting, with its page. */
export const presentMeetingDocument = (d: PublishedMeetingDocument) => ({
  id: d.id,
  kind: d.kind,
  title: { ar: d.title.ar ?? null, en: d.title.en ?? null },
  status: d.status,
  url: `/ar${d.path}`,
});

export interface PublishedMeetingDocument {
  id: string;
  kind: string;
  title: Translated;
  status: string;
  path: string;
}

/**
 * One meeting as GET /api/v1/meetings/{id} shows it: the list's shape, each session with its
 * background notes, and the meeting's published documents. The caller has checked the reader may see
 * the meeting, and passes only the documents published to everyone.
 */
export function presentMeetingDetail(
  meeting: MeetingRow,
  sessions: readonly SessionWithObjectives[],
  extras: { notes: readonly BackgroundNote[]; documents: readonly PublishedMeetingDocument[] },
) {
  const base = presentMeeting(meeting, sessions);
  return {
    ...base,
    sessions: base.sessions.map((s) => ({
      ...s,
      backgroundNotes: extras.notes.filter((n) => n.sessionId === s.id).map(presentBackgroundNote),
    })),
    documents: extras.documents.map(presentMeetingDocument),
  };
}
