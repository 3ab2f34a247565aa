import { and, eq } from 'drizzle-orm';
import { meetingSessions, meetingSpeakers, speakerEntityType } from '#db/schema/meetings';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, notFound } from '~/platform/errors';
import { normaliseForMatch } from '~/platform/text/normalise-text';
import type { MeetingRow } from './meeting-records.server';
import { checkCountries } from './meeting-records.server';
import type { SpeakerInput } from './meeting-schema';

export type SpeakerRow = typeof meetingSpeakers.$inferSelect;

/** Statuses that make a speaker part of the programme (and of the balance panel). */
export const selectedStatuses = ['invited', 'accepted'] as const;

/**
 * Adds a speaker to a session of the meeting: the session must belong to it, and one person (by
 * folded name) appears once per session — a second nomination is refused, naming the first.
 */
export async function insertSpeaker(
  tx: DbOrTx,
  options: {
    subject: Subject;
    meeting: MeetingRow;
    input: SpeakerInput;
    status: 'invited' | 'nominated';
    requestId?: string;
  },
): Promise<SpeakerRow> {
  const { meeting, input } = options;
  const [session] = await tx
    .select({ id: meetingSessions.id })
    .from(meetingSessions)
    .where(and(eq(meetingSessions.id, input.sessionId), eq(meetingSessions.meetingId, meeting.id)));
  if (!session) throw new AppError('invalidChoice', 422, { field: 'sessionId' });
  if (input.countryIso3) await checkCountries(tx, [input.countryIso3], 'countryIso3');
  const nameKey = normaliseForMatch(input.name);
  const [existing] = await tx
    .select({ id: meetingSpeakers.id, status: meetingSpeakers.status })
    .from(meetingSpeakers)
    .where(and(eq(meetingSpeakers.sessionId, session.id), eq(meetingSpeakers.nameKey, nameKey)));
  if (existing) throw new AppError('speakerAlreadyOnSession', 409, { field: 'name', name: input.name });
  const [row] = await tx
    .insert(meetingSpeakers)
    .values({
      sessionId: session.id,
      meetingId: meeting.id,
      name: input.name,
      nameKey,
      affiliation: input.affiliation ?? '',
      role: input.role,
      status: options.status,
      nominatedBy: options.status === 'nominated' ? options.subject.userId : null,
      relevance: input.relevance ?? '',
      gender: input.gender ?? null,
      countryIso3: input.countryIso3 ?? null,
      stakeholderCategory: input.stakeholderCategory ?? null,
      sector: input.sector ?? null,
    })
    .returning();
  await recordAudit(tx, {
    actorId: options.subject.userId,
    action: options.status === 'invited' ? 'meeting.speaker.invite' : 'meeting.speaker.nominate',
    entityType: speakerEntityType,
    entityId: row!.id,
    // Demographic answers stay out of the trail: they are only ever shown in aggregate.
    after: { sessionId: row!.sessionId, name: row!.name, role: row!.role, status: row!.status },
    requestId: options.requestId,
  });
  return row!;
}

export async function loadSpeaker(tx: DbOrTx, meetingId: string, speakerId: string): Promise<SpeakerRow> {
  const [row] = await tx
    .select()
    .from(meetingSpeakers)
    .where(and(eq(meetingSpeakers.id, speakerId), eq(meetingSpeakers.meetingId, meetingId)));
  if (!row) throw notFound();
  return row;
}
