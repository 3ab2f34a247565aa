import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { hubPracticeCalls, hubPractices } from '#db/schema/hub-practices';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { canManageCalls } from './practice-policy';
import { loadCall, type PracticeCallRow } from './practice-records.server';
import { callIsOpen, effectiveCallStatus } from './practice-rules';

/** A call as readers see it: the status its deadline gives, and the contact for signed-in readers only. */
function presentCall(call: PracticeCallRow, subject: Subject, now: Date) {
  const { contactName, contactEmail, ...rest } = call;
  return {
    ...rest,
    status: effectiveCallStatus(call, now),
    open: callIsOpen(call, now),
    contact: subject.userId ? { name: contactName, email: contactEmail } : null,
  };
}

/** Every call, open ones first (nearest deadline first), with the number of approved practices. */
export async function listCalls(options: { db?: DbOrTx; subject: Subject; now?: Date }) {
  const { db = getDb(), subject, now = new Date() } = options;
  const calls = await db
    .select()
    .from(hubPracticeCalls)
    .orderBy(desc(hubPracticeCalls.deadlineAt))
    .limit(200);
  const counts = calls.length
    ? await db
        .select({ callId: hubPractices.callId, n: count() })
        .from(hubPractices)
        .where(
          and(
            inArray(
              hubPractices.callId,
              calls.map((c) => c.id),
            ),
            eq(hubPractices.status, 'approved'),
          ),
        )
        .groupBy(hubPractices.callId)
    : [];
  const countOf = new Map(counts.map((c) => [c.callId, Number(c.n)]));
  const items = calls.map((c) => ({ ...presentCall(c, subject, now), practices: countOf.get(c.id) ?? 0 }));
  const open = items.filter((c) => c.open).sort((a, b) => a.deadlineAt.getTime() - b.deadlineAt.getTime());
  return [...open, ...items.filter((c) => !c.open)];
}

/** One call as its page shows it (the practices under it are listed by listPractices with callId). */
export async function getCall(options: { db?: DbOrTx; subject: Subject; callId: string; now?: Date }) {
  const { db = getDb(), subject, now = new Date() } = options;
  const call = await loadCall(db, options.callId);
  return { call: presentCall(call, subject, now), can: { manage: canManageCalls(subject) } };
}

/** The calls a new practice may answer now. */
export async function listOpenCalls(options: { db?: DbOrTx; now?: Date } = {}) {
  const { db = getDb(), now = new Date() } = options;
  const calls = await db.select().from(hubPracticeCalls).where(eq(hubPracticeCalls.status, 'open'));
  return calls
    .filter((c) => callIsOpen(c, now))
    .map((c) => ({ id: c.id, theme: c.theme, deadlineAt: c.deadlineAt, timeZone: c.timeZone }));
}

/** The call's values for its edit form, in its own time zone (editors only; the route guards). */
export async function getCallForEdit(options: { db?: DbOrTx; callId: string }) {
  const { db = getDb() } = options;
  return loadCall(db, options.callId);
}
