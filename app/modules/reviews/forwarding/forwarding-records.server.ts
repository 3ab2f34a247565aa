import { and, asc, desc, eq, inArray, isNull, ne, type SQL, sql } from 'drizzle-orm';
import { meetings } from '#db/schema/meetings';
import { regions } from '#db/schema/reference';
import type { ForwardedDocument } from '#db/schema/review-forwarding-values';
import { reviewForwardings } from '#db/schema/review-forwardings';
import { reviewOutcomes } from '#db/schema/review-outcomes';
import { reviewCycles } from '#db/schema/reviews';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import type { Translated } from '~/platform/forms/fields';
import { publishedSyntheses } from '../contributions/published-synthesis.server';

/** The published version of each document of a cycle (null: not published). */
export async function publishedDocumentVersions(
  db: DbOrTx,
  cycleId: string,
): Promise<Record<ForwardedDocument, number | null>> {
  const [syntheses, outcomes] = await readTogether(db, [
    () => publishedSyntheses(db, [cycleId]),
    () =>
      db
        .select({ publishedVersion: reviewOutcomes.publishedVersion })
        .from(reviewOutcomes)
        .where(eq(reviewOutcomes.cycleId, cycleId)),
  ]);
  return {
    synthesis: syntheses.get(cycleId)?.number ?? null,
    outcome: outcomes[0]?.publishedVersion ?? null,
  };
}

/** Where a document went: an IMRF meeting of the platform (its title) or a forum named in free text. */
export interface ForwardingForum {
  meetingId: string | null;
  meetingTitle: Translated | null;
  meetingStartsOn: string | null;
  name: string;
}

export interface CycleForwarding {
  id: string;
  document: ForwardedDocument;
  documentVersion: number;
  forwardedOn: string;
  note: Translated;
  forum: ForwardingForum;
}

/** The standing forwardings of a cycle (withdrawn ones left out), latest first. */
export async function listCycleForwardings(db: DbOrTx, cycleIds: readonly string[]) {
  if (!cycleIds.length) return new Map<string, CycleForwarding[]>();
  const rows = await db
    .select({
      id: reviewForwardings.id,
      cycleId: reviewForwardings.cycleId,
      document: reviewForwardings.document,
      documentVersion: reviewForwardings.documentVersion,
      forwardedOn: reviewForwardings.forwardedOn,
      note: reviewForwardings.note,
      meetingId: reviewForwardings.meetingId,
      forumName: reviewForwardings.forumName,
      meetingTitle: meetings.title,
      meetingStartsOn: meetings.startsOn,
    })
    .from(reviewForwardings)
    .leftJoin(meetings, eq(meetings.id, reviewForwardings.meetingId))
    .where(and(inArray(reviewForwardings.cycleId, [...cycleIds]), isNull(reviewForwardings.withdrawnAt)))
    .orderBy(desc(reviewForwardings.forwardedOn), asc(reviewForwardings.document));
  const byCycle = new Map<string, CycleForwarding[]>();
  for (const r of rows) {
    const list = byCycle.get(r.cycleId) ?? [];
    list.push({
      id: r.id,
      document: r.document,
      documentVersion: r.documentVersion,
      forwardedOn: r.forwardedOn,
      note: r.note,
      forum: {
        meetingId: r.meetingId,
        meetingTitle: r.meetingTitle,
        meetingStartsOn: r.meetingStartsOn,
        name: r.forumName,
      },
    });
    byCycle.set(r.cycleId, list);
  }
  return byCycle;
}

export interface RegionalInput {
  id: string;
  cycleId: string;
  cycleTitle: Translated;
  regionId: string;
  regionName: Translated;
  document: ForwardedDocument;
  documentVersion: number;
  forwardedOn: string;
}

/**
 * The regional inputs of an IMRF meeting: the documents regional reviews forwarded to it (standing
 * forwardings of cycles the public sees), oldest first, as one JSON value — a subquery, so the
 * meeting page reads them in its one query.
 */
export const regionalInputsJson = (meetingId: SQL | string) => sql`(
  select coalesce(json_agg(json_build_object('id', f.id, 'cycleId', f.cycle_id, 'cycleTitle', c.title,
      'regionId', c.region_id, 'regionName', r.name, 'document', f.document,
      'documentVersion', f.document_version, 'forwardedOn', f.forwarded_on)
    order by f.forwarded_on, c.region_id, f.document), '[]'::json)
  from ${reviewForwardings} f
  join ${reviewCycles} c on c.id = f.cycle_id
  join ${regions} r on r.id = c.region_id
  where f.meeting_id = ${meetingId} and f.withdrawn_at is null and c.status <> 'draft')`;

export async function listRegionalInputs(db: DbOrTx, meetingId: string): Promise<RegionalInput[]> {
  const { rows } = await db.execute<{ inputs: RegionalInput[] }>(
    sql`select ${regionalInputsJson(meetingId)} as inputs`,
  );
  return rows[0]?.inputs ?? [];
}

/** The IMRF meetings of the platform the public sees (the forwarding form's choices), latest first. */
export async function imrfMeetingOptions(db: DbOrTx) {
  return db
    .select({ id: meetings.id, title: meetings.title, startsOn: meetings.startsOn })
    .from(meetings)
    .where(and(eq(meetings.kind, 'imrf'), ne(meetings.status, 'draft')))
    .orderBy(desc(meetings.startsOn));
}
