import { eq } from 'drizzle-orm';
import { hubPracticeCalls } from '#db/schema/hub-practices';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal } from '~/platform/errors';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { zonedToInstant } from '~/platform/time-zone';
import { updateVersioned } from '~/platform/versioning.server';
import { type CallInput, callInputSchema } from './call-schema';
import { syncPracticeCalls } from './practice-content.server';
import { checkManageCalls, hubPracticeCallEntityType } from './practice-policy';

function callColumns(input: CallInput) {
  return {
    theme: input.theme,
    description: input.description,
    originalLanguage: input.originalLanguage,
    objectives: input.objectives,
    audience: input.audience,
    deadlineAt: zonedToInstant(input.deadlineDate, input.deadlineTime, input.timeZone),
    timeZone: input.timeZone,
    contactName: input.contactName,
    contactEmail: input.contactEmail,
    status: input.status,
  };
}

/** An open call's deadline must be ahead (callDeadlinePast beside the date). */
function checkDeadline(columns: ReturnType<typeof callColumns>, now: Date) {
  if (columns.status === 'open' && columns.deadlineAt.getTime() <= now.getTime()) {
    throw fieldRefusal('deadlineDate', 'callDeadlinePast');
  }
}

/** A Hub editor opens a call for practices (public at once; it closes itself at its deadline). */
export async function createCall(options: {
  db?: DbOrTx;
  subject: Subject;
  input: unknown;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  checkManageCalls(subject);
  const columns = callColumns(parseInput(callInputSchema, options.input));
  checkDeadline(columns, now);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(hubPracticeCalls)
      .values({
        ...columns,
        closedAt: columns.status === 'closed' ? now : null,
        createdBy: subject.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const call = row!;
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'hub.call.create',
      entityType: hubPracticeCallEntityType,
      entityId: call.id,
      after: call,
      requestId: options.requestId,
    });
    await syncPracticeCalls(tx, [call.id]);
    return call;
  });
}

/** A Hub editor changes a call: its texts, its deadline, or closes it early (versioned, audited). */
export async function updateCall(options: {
  db?: DbOrTx;
  subject: Subject;
  callId: string;
  input: unknown;
  expectedVersion: number;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  checkManageCalls(subject);
  const columns = callColumns(parseInput(callInputSchema, options.input));
  checkDeadline(columns, now);
  return db.transaction(async (tx) => {
    const { before, after } = await updateVersioned({
      db: tx,
      table: hubPracticeCalls,
      where: eq(hubPracticeCalls.id, options.callId),
      expectedVersion: options.expectedVersion,
      set: { ...columns, closedAt: columns.status === 'closed' ? now : null },
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'hub.call.update',
      entityType: hubPracticeCallEntityType,
      entityId: after.id,
      before,
      after,
      requestId: options.requestId,
    });
    await syncPracticeCalls(tx, [after.id]);
    return after;
  });
}
