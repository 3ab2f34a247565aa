import { eq } from 'drizzle-orm';
import { meetingWorkshops, workshopEntityType } from '#db/schema/meeting-workshops';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { lockMeeting } from '../meeting-records.server';
import { checkIsWorkshop, checkOrganiseWorkshop } from './workshop-policy';
import { ensureWorkshop, participantsWithMarks } from './workshop-records.server';
import { recordRefusal, trainingAggregates, workshopToday } from './workshop-rules';
import { parseTrainingRecord } from './workshop-schema';

/**
 * After the workshop, the organisers close it with a record that the training took place: the
 * days held, topics covered, a short report, and the numbers trained by state and by gender
 * counted from attendance at that moment (aggregates only — the public page never names anyone).
 * Saving the record again (a correction, later attendance) counts again. Versioned and audited.
 */
export async function closeTrainingRecord(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  expectedVersion: number;
  input: unknown;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, options.meetingId);
    checkOrganiseWorkshop(subject, meeting);
    checkIsWorkshop(meeting, 'heldFrom');
    const input = parseTrainingRecord(options.input);
    const early = recordRefusal(meeting, now);
    if (early) throw fieldRefusal('heldFrom', early, { status: 422, params: { endsOn: meeting.endsOn } });
    if (input.heldTo > workshopToday(meeting, now)) {
      throw fieldRefusal('heldTo', 'recordHeldInFuture', { status: 422 });
    }
    const people = await participantsWithMarks(tx, meeting.id);
    const counts = trainingAggregates(
      people.map((p) => ({
        registrationId: p.registrationId,
        countryIso3: p.countryIso3,
        gender: p.gender,
        marks: p.marks.map((m) => m.mark),
      })),
    );
    await ensureWorkshop(tx, meeting.id);
    const { before, after } = await updateVersioned({
      db: tx,
      table: meetingWorkshops,
      where: eq(meetingWorkshops.meetingId, meeting.id),
      expectedVersion: options.expectedVersion,
      set: {
        closedAt: now,
        closedBy: subject.userId,
        heldFrom: input.heldFrom,
        heldTo: input.heldTo,
        topics: input.topics,
        report: input.report,
        trainedTotal: counts.total,
        trainedByCountry: counts.byCountry,
        trainedByGender: counts.byGender,
      },
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: before.closedAt ? 'meeting.workshop.recordUpdate' : 'meeting.workshop.close',
      entityType: workshopEntityType,
      entityId: meeting.id,
      before: before.closedAt
        ? { heldFrom: before.heldFrom, heldTo: before.heldTo, trained: before.trainedTotal }
        : null,
      after: { heldFrom: after.heldFrom, heldTo: after.heldTo, trained: after.trainedTotal },
      requestId: options.requestId,
    });
    return after;
  });
}
