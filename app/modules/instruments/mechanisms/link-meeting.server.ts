import { and, desc, eq, notInArray } from 'drizzle-orm';
import { z } from 'zod';
import { mechanismEntityType, mechanismMeetings, mechanisms } from '#db/schema/instruments';
import { meetings } from '#db/schema/meetings';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal, notFound } from '~/platform/errors';
import { uuid } from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { checkManageInstruments } from '../instruments-policy';

const linkSchema = z.object({ meetingId: uuid() });

/**
 * The Network secretariat names a meeting of the platform (kind `mechanism-meeting`) as one the
 * mechanism held; its page then lists it. Another kind of meeting is refused beside `meetingId`.
 */
export async function linkMeeting(options: {
  db?: DbOrTx;
  subject: Subject;
  mechanismId: string;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  checkManageInstruments(subject);
  const { meetingId } = parseInput(linkSchema, options.input);
  return db.transaction(async (tx) => {
    const [mechanism] = await tx
      .select({ id: mechanisms.id })
      .from(mechanisms)
      .where(eq(mechanisms.id, options.mechanismId));
    if (!mechanism) throw notFound();
    const [meeting] = await tx
      .select({ kind: meetings.kind })
      .from(meetings)
      .where(eq(meetings.id, meetingId));
    if (meeting?.kind !== 'mechanism-meeting') throw fieldRefusal('meetingId', 'invalidChoice');
    await tx.insert(mechanismMeetings).values({ mechanismId: mechanism.id, meetingId }).onConflictDoNothing();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'mechanism.meeting.link',
      entityType: mechanismEntityType,
      entityId: mechanism.id,
      after: { meetingId },
      requestId: options.requestId,
    });
  });
}

/** Meetings of kind mechanism-meeting not yet linked to this mechanism, newest first (the picker). */
export async function linkableMeetings(options: { db?: DbOrTx; mechanismId: string }) {
  const { db = getDb() } = options;
  const linked = db
    .select({ id: mechanismMeetings.meetingId })
    .from(mechanismMeetings)
    .where(eq(mechanismMeetings.mechanismId, options.mechanismId));
  return db
    .select({ id: meetings.id, title: meetings.title, startsOn: meetings.startsOn })
    .from(meetings)
    .where(and(eq(meetings.kind, 'mechanism-meeting'), notInArray(meetings.id, linked)))
    .orderBy(desc(meetings.startsOn))
    .limit(200);
}
