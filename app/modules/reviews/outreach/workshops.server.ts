import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { meetings } from '#db/schema/meetings';
import { reviewWorkshopEntityType, reviewWorkshops } from '#db/schema/review-outreach';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal, forbidden, notFound, staleVersion } from '~/platform/errors';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { updateVersioned } from '~/platform/versioning.server';
import { canManageOutreach, canSeeCycle } from '../cycles/cycle-policy';
import { cycleStatesOf, loadCycle } from '../cycles/cycle-records.server';
import type { CycleRow } from '../review-records.server';
import { type WorkshopInput, workshopSchema } from './outreach-schema';

export type WorkshopRow = typeof reviewWorkshops.$inferSelect;

/** The cycle's meetings a workshop may point to (the meetings module's pages for this cycle). */
export const cycleMeetings = (db: DbOrTx, cycleId: string) =>
  db
    .select({ id: meetings.id, title: meetings.title, kind: meetings.kind, startsOn: meetings.startsOn })
    .from(meetings)
    .where(and(eq(meetings.cycleId, cycleId), ne(meetings.status, 'draft')))
    .orderBy(asc(meetings.startsOn));

/**
 * The rules of a workshop beside its schema: dates in order, invited and attending states in the
 * cycle's scope, attending states among the invited, the meeting (if any) one of the cycle's.
 */
async function checkWorkshop(tx: DbOrTx, cycle: CycleRow, input: WorkshopInput) {
  if (input.endsOn && input.endsOn < input.startsOn) throw fieldRefusal('endsOn', 'datesOutOfOrder');
  const scope = new Set(await cycleStatesOf(tx, cycle.id));
  if (input.invitedStates.some((s) => !scope.has(s))) {
    throw fieldRefusal('invitedStates', 'workshopStateNotInCycle', { status: 422 });
  }
  const invited = new Set(input.invitedStates);
  if (input.attendedStates.some((s) => !invited.has(s))) {
    throw fieldRefusal('attendedStates', 'workshopAttendedNotInvited', { status: 422 });
  }
  if (input.meetingId) {
    const ofCycle = await cycleMeetings(tx, cycle.id);
    if (!ofCycle.some((m) => m.id === input.meetingId)) {
      throw fieldRefusal('meetingId', 'workshopMeetingNotOfCycle', { status: 422 });
    }
  }
}

const columns = (input: WorkshopInput) => ({
  title: input.title,
  startsOn: input.startsOn,
  endsOn: input.endsOn ?? null,
  place: input.place,
  link: input.link ?? null,
  meetingId: input.meetingId ?? null,
  invitedStates: [...new Set(input.invitedStates)].sort(),
  attendedStates: [...new Set(input.attendedStates)].sort(),
  participants: input.participants ?? null,
});

async function managedCycle(tx: DbOrTx, subject: Subject, cycleId: string) {
  const cycle = await loadCycle(tx, cycleId, { forUpdate: true });
  if (!canSeeCycle(subject, cycle)) throw notFound();
  if (!canManageOutreach(subject, cycle.regionId)) throw forbidden();
  return cycle;
}

async function managedWorkshop(tx: DbOrTx, subject: Subject, cycleId: string, workshopId: string) {
  const cycle = await managedCycle(tx, subject, cycleId);
  if (!isUuid(workshopId)) throw notFound();
  const [row] = await tx
    .select()
    .from(reviewWorkshops)
    .where(and(eq(reviewWorkshops.id, workshopId), eq(reviewWorkshops.cycleId, cycle.id)));
  if (!row) throw notFound();
  return { cycle, row };
}

/** Records a focal-point workshop on a cycle (the region's secretariat). Audited. */
export async function createWorkshop(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  input: unknown;
  requestId?: string;
}): Promise<WorkshopRow> {
  const { db = getDb(), subject } = options;
  const input = parseInput(workshopSchema, options.input);
  return db.transaction(async (tx) => {
    const cycle = await managedCycle(tx, subject, options.cycleId);
    await checkWorkshop(tx, cycle, input);
    const [row] = await tx
      .insert(reviewWorkshops)
      .values({ cycleId: cycle.id, ...columns(input), createdBy: subject.userId })
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review_workshop.create',
      entityType: reviewWorkshopEntityType,
      entityId: row!.id,
      after: row,
      requestId: options.requestId,
    });
    return row!;
  });
}

/** Corrects a workshop, e.g. its attendance afterwards (versioned). Audited. */
export async function updateWorkshop(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  workshopId: string;
  expectedVersion: number;
  input: unknown;
  requestId?: string;
}): Promise<WorkshopRow> {
  const { db = getDb(), subject } = options;
  const input = parseInput(workshopSchema, options.input);
  return db.transaction(async (tx) => {
    const { cycle, row } = await managedWorkshop(tx, subject, options.cycleId, options.workshopId);
    await checkWorkshop(tx, cycle, input);
    const { before, after } = await updateVersioned({
      db: tx,
      table: reviewWorkshops,
      where: eq(reviewWorkshops.id, row.id),
      expectedVersion: options.expectedVersion,
      set: columns(input),
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review_workshop.update',
      entityType: reviewWorkshopEntityType,
      entityId: row.id,
      before,
      after,
      requestId: options.requestId,
    });
    return after;
  });
}

export async function removeWorkshop(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  workshopId: string;
  expectedVersion: number;
  requestId?: string;
}): Promise<void> {
  const { db = getDb(), subject } = options;
  await db.transaction(async (tx) => {
    const { row } = await managedWorkshop(tx, subject, options.cycleId, options.workshopId);
    if (row.version !== options.expectedVersion) throw staleVersion(row);
    await tx.delete(reviewWorkshops).where(eq(reviewWorkshops.id, row.id));
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review_workshop.remove',
      entityType: reviewWorkshopEntityType,
      entityId: row.id,
      before: row,
      requestId: options.requestId,
    });
  });
}

/**
 * The workshops of these cycles as their pages show them (public with the cycle: dates, place or
 * link, invited and attending states), each with its meeting page when the meeting is published.
 */
export async function listWorkshops(db: DbOrTx, cycleIds: readonly string[]) {
  if (!cycleIds.length) return [];
  const rows = await db
    .select({ workshop: reviewWorkshops, meetingStatus: meetings.status })
    .from(reviewWorkshops)
    .leftJoin(meetings, eq(meetings.id, reviewWorkshops.meetingId))
    .where(inArray(reviewWorkshops.cycleId, [...cycleIds]))
    .orderBy(asc(reviewWorkshops.startsOn));
  return rows.map(({ workshop, meetingStatus }) => ({
    ...workshop,
    meetingId: meetingStatus && meetingStatus !== 'draft' ? workshop.meetingId : null,
  }));
}
