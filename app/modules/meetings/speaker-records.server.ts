import { and, eq, inArray } from 'drizzle-orm';
import { meetingSessions, meetingSpeakers, speakerEntityType } from '#db/schema/meetings';
import { regionMembers, regions } from '#db/schema/reference';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, notFound } from '~/platform/errors';
import { normaliseForMatch } from '~/platform/text/normalise-text';
import type { BalanceSpeaker } from './balance';
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

/** The M49 sub-region of each country (a country belongs to one). */
export async function subregionsOf(db: DbOrTx, iso3s: readonly string[]): Promise<Map<string, string>> {
  if (!iso3s.length) return new Map();
  const rows = await db
    .select({ country: regionMembers.countryIso3, region: regionMembers.regionId })
    .from(regionMembers)
    .innerJoin(regions, eq(regions.id, regionMembers.regionId))
    .where(and(eq(regions.kind, 'm49_subregion'), inArray(regionMembers.countryIso3, [...new Set(iso3s)])));
  return new Map(rows.map((r) => [r.country, r.region]));
}

/** Speakers as the balance panel reads them, with their country's sub-region. */
export async function toBalanceSpeakers(db: DbOrTx, rows: readonly SpeakerRow[]): Promise<BalanceSpeaker[]> {
  const subregions = await subregionsOf(
    db,
    rows.flatMap((r) => (r.countryIso3 ? [r.countryIso3] : [])),
  );
  return rows.map((r) => ({
    gender: r.gender,
    countryIso3: r.countryIso3,
    subregion: r.countryIso3 ? (subregions.get(r.countryIso3) ?? null) : null,
    stakeholderCategory: r.stakeholderCategory,
    sector: r.sector,
  }));
}
