import { and, eq, sql } from 'drizzle-orm';
import { attendanceEntityType, meetingWorkshopAttendance } from '#db/schema/meeting-workshops';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal, staleVersion } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { lockMeeting } from '../meeting-records.server';
import { checkIsWorkshop, checkOrganiseWorkshop } from './workshop-policy';
import { participantsWithMarks } from './workshop-records.server';
import { attendanceRefusal } from './workshop-rules';
import { parseAttendance } from './workshop-schema';

/**
 * The organisers mark who attended (or was absent) on one day of the workshop, once that day has
 * come. Only participants (a place held) can be marked; a blank leaves the mark as it was. Each
 * changed mark is versioned (the form names the version it showed) and audited.
 */
export async function markAttendance(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  input: unknown;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, options.meetingId);
    checkOrganiseWorkshop(subject, meeting);
    checkIsWorkshop(meeting, 'day');
    const input = parseAttendance(options.input);
    const refusal = attendanceRefusal(meeting, input.day, now);
    if (refusal) {
      throw fieldRefusal('day', refusal, {
        status: 422,
        params: { startsOn: meeting.startsOn, endsOn: meeting.endsOn },
      });
    }
    const participants = new Map(
      (await participantsWithMarks(tx, meeting.id)).map((p) => [p.registrationId, p]),
    );
    let changed = 0;
    for (const [registrationId, mark] of Object.entries(input.marks)) {
      if (!mark) continue;
      const person = participants.get(registrationId);
      if (!person) throw fieldRefusal(`marks.${registrationId}`, 'attendanceNotParticipant', { status: 422 });
      const current = person.marks.find((m) => m.day === input.day);
      const seen = input.seen[registrationId] ?? 0;
      if ((current?.version ?? 0) !== seen) throw staleVersion(current);
      if (current?.mark === mark) continue;
      const [row] = current
        ? await tx
            .update(meetingWorkshopAttendance)
            .set({
              mark,
              markedBy: subject.userId,
              version: sql`${meetingWorkshopAttendance.version} + 1`,
              updatedAt: new Date(),
            })
            .where(
              and(
                eq(meetingWorkshopAttendance.id, current.id),
                eq(meetingWorkshopAttendance.version, current.version),
              ),
            )
            .returning()
        : await tx
            .insert(meetingWorkshopAttendance)
            .values({ meetingId: meeting.id, registrationId, day: input.day, mark, markedBy: subject.userId })
            .returning();
      if (!row) throw staleVersion(current);
      await recordAudit(tx, {
        actorId: subject.userId,
        action: 'meeting.workshop.attendance',
        entityType: attendanceEntityType,
        entityId: row.id,
        before: current ? { day: current.day, mark: current.mark } : null,
        after: { registrationId, day: row.day, mark: row.mark },
        requestId: options.requestId,
      });
      changed += 1;
    }
    return { changed };
  });
}
