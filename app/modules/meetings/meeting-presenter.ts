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
